import { A as require_react, E as init_money, F as __toESM, M as __esmMin, O as require_client, S as require_jsx_runtime, T as formatFiat, c as useShallow, d as useStore, f as createStore, j as __commonJSMin, l as init_esm, n as init_bridge, o as require_browser, p as init_vanilla, r as pickBridge, s as init_shallow, t as DISPLAY_TOKEN_KEY } from "./bridge-BdI-iC9Z.js";
// src/renderer/src/display/display.css
var init_display = __esmMin((() => {}));
// src/renderer/src/display/qr.ts
function qrDrawing(text) {
	const { modules } = import_browser.create(text, { errorCorrectionLevel: "M" });
	const n = modules.size;
	let path = "";
	for (let row = 0; row < n; row++) {
		let col = 0;
		while (col < n) {
			if (!modules.get(row, col)) {
				col++;
				continue;
			}
			const start = col;
			while (col < n && modules.get(row, col)) col++;
			path += `M${start + 4} ${row + 4}h${col - start}v1h${start - col}z`;
		}
	}
	return {
		size: n + 8,
		path
	};
}
var import_browser;
var init_qr = __esmMin((() => {
	import_browser = /* @__PURE__ */ __toESM(require_browser());
}));
// src/renderer/src/display/DisplayScreen.tsx
function Amount({ charge, locale }) {
	const loc = locale ?? void 0;
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("div", {
		className: "display-amounts",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
			className: "display-amount",
			"data-testid": "display-amount",
			children: formatFiat(charge.amount, charge.currency, loc)
		}), charge.rate !== null && charge.currency !== "USD" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("p", {
			className: "display-usd",
			"data-testid": "display-usd",
			children: [formatFiat(charge.usdAmount, "USD", loc), " charged in US dollars"]
		})]
	});
}
function PaylinkQr({ link }) {
	const qr = (0, import_react$1.useMemo)(() => qrDrawing(link), [link]);
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("figure", {
		className: "display-qr",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("div", {
			className: "display-qr-card",
			children: /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("svg", {
				"data-testid": "paylink-qr",
				role: "img",
				"aria-label": "QR code of the payment link",
				viewBox: `0 0 ${qr.size} ${qr.size}`,
				shapeRendering: "crispEdges",
				xmlns: "http://www.w3.org/2000/svg",
				children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("rect", {
					width: qr.size,
					height: qr.size,
					fill: "#ffffff"
				}), /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("path", {
					d: qr.path,
					fill: "#000000"
				})]
			})
		}), /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("figcaption", { children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("span", {
			className: "display-qr-hint",
			children: "Scan to pay on your phone"
		}), /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("code", {
			className: "display-link",
			"data-testid": "paylink-text",
			children: link
		})] })]
	});
}
function Due({ view }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("section", {
		className: "display-due",
		"aria-label": "Amount due",
		"data-testid": "display-due",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("div", {
			className: "display-due-text",
			children: [
				/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
					className: "display-label",
					children: "Amount due"
				}),
				view.charge && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(Amount, {
					charge: view.charge,
					locale: view.locale
				}),
				/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
					className: "display-note",
					children: view.paymentLink ? "Scan the code to pay with Mesh, or pay at the counter." : "Please pay at the counter."
				})
			]
		}), view.paymentLink && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(PaylinkQr, { link: view.paymentLink })]
	});
}
function Outcome({ view, kind }) {
	const o = OUTCOME[kind];
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("section", {
		className: `display-outcome display-${kind}`,
		"aria-label": o.title,
		"data-testid": `display-${kind}`,
		children: [
			/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("span", {
				className: "display-icon",
				"aria-hidden": "true",
				children: o.icon
			}),
			/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("h1", {
				className: "display-title",
				children: o.title
			}),
			view.charge && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
				className: "display-outcome-amount",
				children: formatFiat(view.charge.amount, view.charge.currency, view.locale ?? void 0)
			}),
			o.note && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
				className: "display-note",
				children: o.note
			})
		]
	});
}
function Idle({ view }) {
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("section", {
		className: "display-idle",
		"aria-label": "Welcome",
		"data-testid": "display-idle",
		children: [/* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("h1", {
			className: "display-title",
			children: view.shopName ? `Welcome to ${view.shopName}` : "Welcome"
		}), /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
			className: "display-note",
			children: "The amount to pay appears here."
		})]
	});
}
function DisplayScreen({ store }) {
	const { view, status, error, stream } = useStore(store, useShallow((s) => ({
		view: s.view,
		status: s.status,
		error: s.error,
		stream: s.stream
	})));
	return /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("main", {
		className: "display",
		"data-state": view?.state ?? status,
		"aria-live": "polite",
		children: [
			view?.shopName && view.state !== "idle" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
				className: "display-shop",
				children: view.shopName
			}),
			!view && status === "loading" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
				className: "display-note",
				children: "Connecting…"
			}),
			!view && status === "error" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsxs)("p", {
				className: "display-note",
				role: "alert",
				children: ["The customer display cannot start: ", error]
			}),
			view?.state === "idle" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(Idle, { view }),
			view?.state === "due" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(Due, { view }),
			view && (view.state === "paid" || view.state === "failed" || view.state === "cancelled") && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)(Outcome, {
				view,
				kind: view.state
			}),
			stream === "closed" && /* @__PURE__ */ (0, import_jsx_runtime$1.jsx)("p", {
				className: "display-offline",
				role: "status",
				children: "Reconnecting…"
			})
		]
	});
}
var import_react$1, import_jsx_runtime$1, OUTCOME;
var init_DisplayScreen = __esmMin((() => {
	import_react$1 = /* @__PURE__ */ __toESM(require_react());
	init_esm();
	init_shallow();
	init_money();
	init_qr();
	import_jsx_runtime$1 = require_jsx_runtime();
	OUTCOME = {
		paid: {
			icon: "✓",
			title: "Thank you — paid",
			note: null
		},
		failed: {
			icon: "!",
			title: "Payment not completed",
			note: "Please see the cashier."
		},
		cancelled: {
			icon: "×",
			title: "Payment cancelled",
			note: "Please see the cashier if you still want to pay."
		}
	};
}));
// src/renderer/src/display/store.ts
function createDisplayStore(initial = {}) {
	return createStore(() => ({
		view: null,
		status: "loading",
		error: null,
		stream: "connecting",
		...initial
	}));
}
/** Keeps the newer of two views (a display.get answer may cross a display.updated event). */
function newerView(current, next) {
	return current && current.updatedAt > next.updatedAt ? current : next;
}
/**
* Loads the view, then follows display.updated; after a reconnect it loads again (events sent
* while the stream was down are not replayed). Returns the unsubscribe function.
*/
function connectDisplay(store, bridge) {
	const load = async () => {
		const r = await bridge.invoke("display.get", {});
		if (r.ok) store.setState((s) => ({
			view: newerView(s.view, r.value),
			status: "ready",
			error: null
		}));
		else store.setState({
			status: "error",
			error: r.error.message
		});
	};
	let everOpen = false;
	const unsubscribe = bridge.subscribe((msg) => {
		if (msg.type === "display.updated") store.setState((s) => ({
			view: newerView(s.view, msg.payload),
			status: "ready",
			error: null
		}));
	}, (state) => {
		store.setState({ stream: state });
		if (state === "open" && everOpen) load();
		if (state === "open") everOpen = true;
	});
	load();
	return unsubscribe;
}
var init_store = __esmMin((() => {
	init_vanilla();
}));
(/* @__PURE__ */ __commonJSMin((() => {
	init_display();
	var import_react = /* @__PURE__ */ __toESM(require_react());
	var import_client = require_client();
	init_bridge();
	init_DisplayScreen();
	init_store();
	var import_jsx_runtime = require_jsx_runtime();
	var THEME_KEY = "countertop.theme";
	/** The console's explicit theme choice (same origin), else the system's. Followed live. */
	function followTheme() {
		const apply = () => {
			let t = null;
			try {
				t = localStorage.getItem(THEME_KEY);
			} catch {}
			if (t === "light" || t === "dark") document.documentElement.dataset.theme = t;
			else delete document.documentElement.dataset.theme;
		};
		apply();
		window.addEventListener("storage", (e) => {
			if (e.key === THEME_KEY) apply();
		});
	}
	followTheme();
	var root = (0, import_client.createRoot)(document.getElementById("root"));
	var bridge = pickBridge(window, DISPLAY_TOKEN_KEY);
	if (!bridge) root.render(/* @__PURE__ */ (0, import_jsx_runtime.jsx)("main", {
		className: "display display-problem",
		children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", {
			role: "alert",
			children: "Open the customer display with the “Customer display” URL Countertop printed at start (it carries the display’s token)."
		})
	}));
	else {
		const store = createDisplayStore();
		connectDisplay(store, bridge);
		root.render(/* @__PURE__ */ (0, import_jsx_runtime.jsx)(import_react.StrictMode, { children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(DisplayScreen, { store }) }));
	}
})))();
