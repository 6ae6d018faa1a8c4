const require_logging = require("./chunks/logging-B6YentAb.js");
const require_contract = require("./chunks/contract-pyYsTFf9.js");
const require_protocol = require("./chunks/protocol-iWDzxKh1.js");
let electron = require("electron");
let node_fs = require("node:fs");
let node_fs_promises = require("node:fs/promises");
let node_path = require("node:path");
let node_url = require("node:url");
let zod = require("zod");
// src/main/shell/policy.ts
/** Mesh Link's production origin (reference §1: CSP frame-src must allow it). */
var MESH_LINK_ORIGINS = ["https://web.meshconnect.com"];
/** https hosts a link may open in the system browser (never inside the app). */
var EXTERNAL_HOSTS = [
	"docs.meshconnect.com",
	"dashboard.meshconnect.com",
	"www.meshconnect.com",
	"meshconnect.com",
	"dashboard.ngrok.com",
	"ngrok.com"
];
function parse(url) {
	try {
		return new URL(url);
	} catch {
		return null;
	}
}
/**
* The app's own documents: the app:// origin (packaged), the same file path for file://,
* the same loopback origin for the dev server.
*/
function isAppUrl(url, ctx) {
	const u = parse(url);
	const app = parse(ctx.appUrl);
	if (!u || !app) return false;
	if (app.protocol === `app:`) return u.protocol === app.protocol && u.host === app.host;
	if (app.protocol === "file:") return u.protocol === "file:" && u.pathname === app.pathname;
	return (app.protocol === "http:" || app.protocol === "https:") && u.origin === app.origin && [
		"localhost",
		"127.0.0.1",
		"[::1]"
	].includes(app.hostname);
}
/** will-navigate: the window never leaves the console (hash routes of the same document excepted). */
function isAllowedNavigation(url, ctx) {
	return isAppUrl(url, ctx);
}
/** setWindowOpenHandler: no new windows, ever; allow-listed https links go to the system browser. */
function windowOpenDecision(url) {
	const u = parse(url);
	if (u && u.protocol === "https:" && !u.username && !u.password && EXTERNAL_HOSTS.includes(u.hostname) && (u.port === "" || u.port === "443")) return {
		action: "deny",
		openExternal: u.toString()
	};
	return { action: "deny" };
}
/** A loopback http origin (the emulator's) — the only non-https origin Link may be framed from. */
function isLoopbackOrigin(origin) {
	const u = parse(origin);
	return !!u && u.protocol === "http:" && [
		"127.0.0.1",
		"localhost",
		"[::1]"
	].includes(u.hostname) && u.origin === origin;
}
/** The Link origins for a mode: Mesh's, plus the emulator's loopback origin in emulator mode. */
function linkOriginsFor(mode, emulatorUrl) {
	const out = [...MESH_LINK_ORIGINS];
	if (mode === "emulator" && emulatorUrl) {
		const o = parse(emulatorUrl)?.origin;
		if (o && isLoopbackOrigin(o)) out.push(o);
	}
	return out;
}
/** The Content-Security-Policy of the console window. frame-src admits only the Link origins. */
function buildCsp(opts) {
	for (const o of opts.linkOrigins) if (!/^https:\/\/[a-z0-9.-]+$/i.test(o) && !isLoopbackOrigin(o)) throw new Error(`not a valid Link origin: ${o}`);
	const dev = opts.devServerOrigin ? ` ${opts.devServerOrigin}` : "";
	const devWs = opts.devServerOrigin ? ` ${opts.devServerOrigin.replace(/^http/, "ws")}` : "";
	return [
		"default-src 'none'",
		`script-src 'self'${dev}`,
		`style-src 'self' 'unsafe-inline'${dev}`,
		"img-src 'self' data:",
		"font-src 'self'",
		`connect-src 'self'${dev}${devWs}`,
		`frame-src ${opts.linkOrigins.join(" ")}`,
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'"
	].join("; ");
}
/**
* Permission requests: denied by default. Camera and microphone only for a Link origin
* (its iframe `allow` policy asks for them, e.g. for ID or QR scans); clipboard writes for
* the console and Link (copy buttons); nothing else.
*/
function permissionDecision(permission, requestingOrigin, ctx, mediaTypes = []) {
	const fromLink = ctx.linkOrigins.includes(requestingOrigin);
	const fromApp = isAppUrl(requestingOrigin, ctx) || parse(ctx.appUrl)?.origin === requestingOrigin && requestingOrigin !== "null";
	switch (permission) {
		case "media": return fromLink && mediaTypes.every((t) => t === "video" || t === "audio");
		case "clipboard-sanitized-write": return fromApp || fromLink;
		default: return false;
	}
}
/** IPC: only the console's own top frame may call the API (never Link's iframe or anything else). */
function isTrustedIpcSender(sender, ctx) {
	return !!sender.url && sender.isMainFrame && isAppUrl(sender.url, ctx);
}
// src/main/shell/display.ts
/** The window size when the display shares the only screen (fits a 1024×768 screen). */
var SHARED_SCREEN_SIZE = {
	width: 1024,
	height: 700
};
/**
* Where the customer display goes: full screen on a screen other than the primary one (the
* cashier's) when there is one — the largest, then the first listed — otherwise a window centred
* in the primary screen's work area, no larger than it.
*/
function displayWindowPlacement(screens, primaryId) {
	const others = screens.filter((s) => s.id !== primaryId);
	if (others.length > 0) {
		const best = others.reduce((a, b) => b.bounds.width * b.bounds.height > a.bounds.width * a.bounds.height ? b : a);
		return {
			displayId: best.id,
			bounds: { ...best.bounds },
			fullscreen: true
		};
	}
	const primary = screens.find((s) => s.id === primaryId) ?? screens[0];
	if (!primary) return {
		displayId: primaryId,
		bounds: {
			x: 0,
			y: 0,
			...SHARED_SCREEN_SIZE
		},
		fullscreen: false
	};
	const area = primary.workArea;
	const width = Math.min(SHARED_SCREEN_SIZE.width, area.width);
	const height = Math.min(SHARED_SCREEN_SIZE.height, area.height);
	return {
		displayId: primary.id,
		bounds: {
			x: area.x + Math.floor((area.width - width) / 2),
			y: area.y + Math.floor((area.height - height) / 2),
			width,
			height
		},
		fullscreen: false
	};
}
/** The display page beside the console's index.html (app://countertop/display.html, or the dev server's). */
function displayPageUrl(ctx) {
	return new URL("display.html", ctx.appUrl).href;
}
/** Who an IPC sender is: the console, the customer display page, or nobody we answer. */
function ipcRole(sender, ctx) {
	if (!isTrustedIpcSender(sender, ctx)) return null;
	return new URL(sender.url).pathname === new URL(displayPageUrl(ctx)).pathname ? "display" : "console";
}
/** The display page may call only DISPLAY_COMMANDS (display.get); the console anything. */
function ipcMayInvoke(role, command) {
	return role === "console" || require_contract.DISPLAY_COMMANDS.includes(command);
}
/** The events forwarded to the display window: DISPLAY_EVENTS only. */
function forwardsToDisplay(event) {
	return require_contract.DISPLAY_EVENTS.includes(event);
}
// src/main/shell/native.ts
function electronNativeDir(root, platform, arch) {
	return (0, node_path.join)(root, "native", `electron-${platform}-${arch}`);
}
/** Packaged: resources/native/…; from source: <project>/native/…. */
function electronNativeBinding(o) {
	const root = o.isPackaged ? o.resourcesPath : o.appPath;
	return (0, node_path.join)(electronNativeDir(root, o.platform, o.arch), "better_sqlite3.node");
}
// src/main/shell/notify.ts
var NOTIFICATION_LIMITS = {
	title: 120,
	body: 400
};
/** Tags the console makes: `countertop-sale-<sessionId>`; anything else of this alphabet is fine. */
var TAG = /^[A-Za-z0-9._:-]{1,100}$/;
/** One line of plain text: control characters and runs of white space become one space; at most `max` characters. */
function clean(s, max) {
	const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
	const chars = [...t];
	return chars.length <= max ? t : `${chars.slice(0, max - 1).join("")}…`;
}
/**
* What a sender may have shown, or null: only the console's page may notify, and only
* `{title, body, tag}` with a non-empty title and a tag of letters, digits and `._:-`.
*/
function notificationFor(role, raw) {
	if (role !== "console" || raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
	const { title, body, tag } = raw;
	if (typeof title !== "string" || typeof body !== "string" || typeof tag !== "string" || !TAG.test(tag)) return null;
	const t = clean(title, NOTIFICATION_LIMITS.title);
	if (!t) return null;
	return {
		title: t,
		body: clean(body, NOTIFICATION_LIMITS.body),
		tag
	};
}
/**
* Shows notifications silently (the console plays its own sound), one per tag: showing a tag
* again closes the earlier one. Answers whether it showed anything.
*/
function createNotifier(deps) {
	const keep = deps.keep ?? 20;
	const shown = /* @__PURE__ */ new Map();
	return {
		show(req) {
			if (!deps.isSupported()) return false;
			const earlier = shown.get(req.tag);
			if (earlier) {
				shown.delete(req.tag);
				earlier.close();
			}
			const n = deps.create({
				title: req.title,
				body: req.body,
				silent: true
			});
			n.on("close", () => {
				if (shown.get(req.tag) === n) shown.delete(req.tag);
			});
			if (deps.onClick) n.on("click", deps.onClick);
			shown.set(req.tag, n);
			for (const tag of shown.keys()) {
				if (shown.size <= keep) break;
				shown.delete(tag);
			}
			n.show();
			return true;
		},
		size: () => shown.size
	};
}
var SavePdfArgs = zod.z.object({
	/** The file name offered in the save dialog, e.g. "receipt-ct_0123.pdf". */
	suggestedName: zod.z.string().trim().min(1).max(120),
	/** The merchant's locale: decides Letter or A4. */
	locale: zod.z.string().trim().min(1).max(35)
}).strict();
/** The code of a failed save (the message says what happened and what to do). */
var PDF_SAVE_FAILED = "PDF_SAVE_FAILED";
// src/main/shell/pdf.ts
/** Regions that use US Letter paper; everyone else A4. */
var LETTER_REGIONS = /* @__PURE__ */ new Set([
	"US",
	"CA",
	"MX",
	"PH",
	"PR",
	"CL",
	"CO",
	"VE",
	"CR",
	"GT",
	"PA",
	"DO",
	"SV",
	"NI",
	"BZ"
]);
/** Letter for a locale whose region uses it (en → US → Letter), else A4; A4 when the locale is not valid. */
function pdfPageSize(locale) {
	try {
		const region = new Intl.Locale(locale).maximize().region;
		return region && LETTER_REGIONS.has(region) ? "Letter" : "A4";
	} catch {
		return "A4";
	}
}
/** printToPDF options: the paper of the locale, backgrounds kept (the QR code's white square). */
function printToPdfOptions(locale) {
	return {
		pageSize: pdfPageSize(locale),
		printBackground: true,
		landscape: false
	};
}
/**
* A file name safe to offer in a save dialog: no directories, no control or reserved
* characters, at most 100 characters before ".pdf", which it always ends with.
*/
function safePdfName(name) {
	return `${name.replace(/\.pdf$/i, "").replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, "-").replace(/^[.\s-]+|[.\s-]+$/g, "").slice(0, 100) || "receipt"}.pdf`;
}
function saveDialogOptions(suggestedName, defaultDir) {
	return {
		title: "Save receipt as PDF",
		defaultPath: (0, node_path.join)(defaultDir, safePdfName(suggestedName)),
		buttonLabel: "Save PDF",
		filters: [{
			name: "PDF document",
			extensions: ["pdf"]
		}],
		properties: ["createDirectory", "showOverwriteConfirmation"]
	};
}
/** Where to write after the dialog: null when cancelled; ".pdf" added when the user left it off. */
function pdfTarget(result) {
	if (result.canceled || !result.filePath || !result.filePath.trim()) return null;
	return /\.pdf$/i.test(result.filePath) ? result.filePath : `${result.filePath}.pdf`;
}
/** Asks where, prints the page to PDF, writes it. Always answers with an envelope. */
async function savePdf(args, deps) {
	const parsed = SavePdfArgs.safeParse(args);
	if (!parsed.success) return {
		ok: false,
		error: {
			code: "INVALID_ARGUMENT",
			message: `Save PDF: ${parsed.error.issues[0]?.message ?? "bad arguments"}`
		}
	};
	const { suggestedName, locale } = parsed.data;
	let path = null;
	try {
		path = pdfTarget(await deps.showSaveDialog(saveDialogOptions(suggestedName, deps.defaultDir)));
		if (path === null) return {
			ok: true,
			value: { saved: false }
		};
		const pdf = await deps.printToPDF(printToPdfOptions(locale));
		await deps.writeFile(path, pdf);
		return {
			ok: true,
			value: {
				saved: true,
				path
			}
		};
	} catch (err) {
		return {
			ok: false,
			error: {
				code: PDF_SAVE_FAILED,
				message: `Could not save the PDF${path ? ` to ${path}` : ""}: ${err.message}. Choose another folder, or use Print receipt.`
			}
		};
	}
}
// src/main/shell/safe-secrets.ts
function createSafeSecretStore(dataDir, cipher) {
	if (!cipher.isEncryptionAvailable()) throw new Error("The OS keychain is not available, so Countertop cannot keep secrets safely on this machine.");
	const file = (0, node_path.join)(dataDir, "secrets.enc.json");
	let blobs = (0, node_fs.existsSync)(file) ? JSON.parse((0, node_fs.readFileSync)(file, "utf8")) : {};
	const save = () => {
		(0, node_fs.writeFileSync)(`${file}.tmp`, JSON.stringify(blobs), { mode: 384 });
		(0, node_fs.renameSync)(`${file}.tmp`, file);
	};
	return {
		get: (name) => blobs[name] ? cipher.decryptString(Buffer.from(blobs[name], "base64")) : void 0,
		has: (name) => typeof blobs[name] === "string",
		set(name, value) {
			blobs = {
				...blobs,
				[name]: cipher.encryptString(value).toString("base64")
			};
			save();
		},
		delete(name) {
			const { [name]: _gone, ...rest } = blobs;
			blobs = rest;
			save();
		}
	};
}
// src/preload/api.ts
var INVOKE_CHANNEL = "countertop:invoke";
var EVENT_CHANNEL = "countertop:event";
/** The main process shows the notification (src/main/shell/notify.ts decides whether). */
var NOTIFY_CHANNEL = "countertop:notify";
// src/main/index.ts
electron.protocol.registerSchemesAsPrivileged([{
	scheme: "app",
	privileges: {
		standard: true,
		secure: true,
		supportFetchAPI: true
	}
}]);
electron.app.enableSandbox();
var host = null;
var logs = null;
async function boot() {
	const dataDir = electron.app.getPath("userData");
	logs = await require_logging.createLogger({
		dataDir,
		terminal: !electron.app.isPackaged
	});
	const binding = electronNativeBinding({
		isPackaged: electron.app.isPackaged,
		resourcesPath: process.resourcesPath,
		appPath: electron.app.getAppPath(),
		platform: process.platform,
		arch: process.arch
	});
	host = await require_logging.startHost({
		dataDir,
		secrets: createSafeSecretStore(dataDir, electron.safeStorage),
		logger: logs.logger,
		webhookHost: "127.0.0.1",
		webhookPort: Number(process.env.COUNTERTOP_WEBHOOK_PORT ?? 4401),
		core: { nativeBinding: (0, node_fs.existsSync)(binding) ? binding : void 0 }
	});
	const { core, setup, emulator } = host;
	host.startBackground();
	const devUrl = !electron.app.isPackaged ? process.env.ELECTRON_RENDERER_URL : void 0;
	const ctx = {
		appUrl: devUrl ?? `app://countertop/index.html`,
		linkOrigins: linkOriginsFor(setup.mode, emulator?.url ?? null)
	};
	const csp = buildCsp({
		linkOrigins: ctx.linkOrigins,
		devServerOrigin: devUrl ? new URL(devUrl).origin : null
	});
	const root = (0, node_path.join)(__dirname, "../renderer");
	electron.protocol.handle("app", async (req) => {
		const url = new URL(req.url);
		const path = (0, node_path.join)(root, decodeURIComponent(url.pathname));
		if (url.host !== new URL("app://countertop").host || !path.startsWith(root)) return new Response("not found", { status: 404 });
		const res = await electron.net.fetch((0, node_url.pathToFileURL)(path).toString());
		const headers = new Headers(res.headers);
		headers.set("Content-Security-Policy", csp);
		return new Response(res.body, {
			status: res.status,
			headers
		});
	});
	if (devUrl) electron.session.defaultSession.webRequest.onHeadersReceived((d, cb) => {
		cb({ responseHeaders: d.url.startsWith(devUrl) ? {
			...d.responseHeaders,
			"Content-Security-Policy": [csp]
		} : d.responseHeaders });
	});
	electron.session.defaultSession.setPermissionRequestHandler((wc, permission, cb, details) => {
		cb(permissionDecision(permission, details.requestingUrl ? new URL(details.requestingUrl).origin : wc.getURL(), ctx, details.mediaTypes ?? []));
	});
	electron.session.defaultSession.setPermissionCheckHandler((_wc, permission, origin) => permissionDecision(permission, origin, ctx));
	electron.ipcMain.handle(INVOKE_CHANNEL, async (event, name, args) => {
		const frame = event.senderFrame;
		const role = ipcRole({
			url: frame?.url,
			isMainFrame: frame !== null && frame === event.sender.mainFrame
		}, ctx);
		if (!role) return {
			ok: false,
			error: {
				code: "UNAUTHORIZED",
				message: "This frame may not use the console API."
			}
		};
		if (!ipcMayInvoke(role, String(name))) return {
			ok: false,
			error: {
				code: "UNAUTHORIZED",
				message: "The customer display may only read the display (display.get)."
			}
		};
		if (name === "shell.savePdf") {
			const wc = event.sender;
			const owner = electron.BrowserWindow.fromWebContents(wc);
			return savePdf(args, {
				defaultDir: electron.app.getPath("documents"),
				showSaveDialog: (o) => owner ? electron.dialog.showSaveDialog(owner, o) : electron.dialog.showSaveDialog(o),
				printToPDF: (o) => wc.printToPDF(o),
				writeFile: (path, data) => (0, node_fs_promises.writeFile)(path, data)
			});
		}
		return require_protocol.toIpcAnswer(await core.registry.dispatchWire(String(name), args));
	});
	const webPreferences = {
		preload: (0, node_path.join)(__dirname, "../preload/index.js"),
		contextIsolation: true,
		sandbox: true,
		nodeIntegration: false,
		webviewTag: false,
		webSecurity: true,
		allowRunningInsecureContent: false
	};
	/** The same guards on every window: no navigation away, no webviews, no new windows. */
	const guard = (w) => {
		w.webContents.on("will-navigate", (e, url) => {
			if (!isAllowedNavigation(url, ctx)) e.preventDefault();
		});
		w.webContents.on("will-attach-webview", (e) => e.preventDefault());
		w.webContents.setWindowOpenHandler(({ url }) => {
			const d = windowOpenDecision(url);
			if (d.openExternal) electron.shell.openExternal(d.openExternal);
			return { action: "deny" };
		});
	};
	const win = new electron.BrowserWindow({
		width: 1280,
		height: 820,
		title: "Countertop",
		icon: (0, node_path.join)(electron.app.getAppPath(), "resources/icon.png"),
		webPreferences
	});
	guard(win);
	const notifier = createNotifier({
		isSupported: () => electron.Notification.isSupported(),
		create: (o) => new electron.Notification(o),
		onClick: () => {
			if (win.isDestroyed()) return;
			if (win.isMinimized()) win.restore();
			win.show();
			win.focus();
		}
	});
	electron.ipcMain.handle(NOTIFY_CHANNEL, (event, raw) => {
		const frame = event.senderFrame;
		const req = notificationFor(ipcRole({
			url: frame?.url,
			isMainFrame: frame !== null && frame === event.sender.mainFrame
		}, ctx), raw);
		return req ? notifier.show(req) : false;
	});
	const unsubscribe = core.bus.subscribe((msg) => {
		if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, msg);
	});
	win.on("closed", unsubscribe);
	let displayWin = null;
	core.setDisplayOpener(async () => {
		if (displayWin && !displayWin.isDestroyed()) {
			displayWin.show();
			displayWin.focus();
			return {
				url: null,
				opened: true
			};
		}
		const place = displayWindowPlacement(electron.screen.getAllDisplays(), electron.screen.getPrimaryDisplay().id);
		const dw = new electron.BrowserWindow({
			...place.bounds,
			fullscreen: place.fullscreen,
			title: "Customer display",
			autoHideMenuBar: true,
			icon: (0, node_path.join)(electron.app.getAppPath(), "resources/icon.png"),
			webPreferences
		});
		displayWin = dw;
		guard(dw);
		const off = core.bus.subscribe((msg) => {
			if (!dw.isDestroyed() && forwardsToDisplay(msg.type)) dw.webContents.send(EVENT_CHANNEL, msg);
		});
		dw.on("closed", () => {
			off();
			displayWin = null;
		});
		await dw.loadURL(displayPageUrl(ctx));
		return {
			url: null,
			opened: true
		};
	});
	await win.loadURL(ctx.appUrl);
}
electron.app.whenReady().then(boot, () => electron.app.exit(1)).catch((err) => {
	if (logs) logs.logger.fatal({ err }, "Countertop could not start");
	else process.stderr.write(`Countertop could not start: ${err.message}\n`);
	electron.app.exit(1);
});
electron.app.on("window-all-closed", () => electron.app.quit());
electron.app.on("will-quit", (e) => {
	if (!host) return;
	e.preventDefault();
	const h = host;
	host = null;
	h.close().then(() => logs?.close()).finally(() => electron.app.exit(0));
});
