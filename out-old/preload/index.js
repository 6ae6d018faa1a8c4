let electron = require("electron");
// src/shared/ipc-answer.ts
/** The envelope the page expects, from what the main process sent. */
function fromIpcAnswer(answer) {
	if (typeof answer !== "object" || answer === null) return answer;
	const a = answer;
	if (a.ok !== true || !(a.json instanceof Uint8Array) || "value" in a) return answer;
	return {
		ok: true,
		value: JSON.parse(new TextDecoder().decode(a.json))
	};
}
// src/preload/api.ts
var INVOKE_CHANNEL = "countertop:invoke";
var EVENT_CHANNEL = "countertop:event";
/** The main process shows the notification (src/main/shell/notify.ts decides whether). */
var NOTIFY_CHANNEL = "countertop:notify";
function buildApi(ipc) {
	return Object.freeze({
		invoke: (name, args) => {
			if (typeof name !== "string" || !/^[a-z]+\.[A-Za-z]+$/.test(name)) return Promise.reject(/* @__PURE__ */ new Error("invalid command name"));
			return ipc.invoke(INVOKE_CHANNEL, name, args ?? {}).then(fromIpcAnswer);
		},
		subscribe: (listener) => {
			if (typeof listener !== "function") throw new TypeError("listener must be a function");
			const wrapped = (_event, msg) => listener(msg);
			ipc.on(EVENT_CHANNEL, wrapped);
			return () => void ipc.removeListener(EVENT_CHANNEL, wrapped);
		},
		notify: (n) => {
			const { title, body, tag } = n ?? {};
			if (typeof title !== "string" || typeof body !== "string" || typeof tag !== "string") throw new TypeError("a notification is {title, body, tag}, all strings");
			ipc.invoke(NOTIFY_CHANNEL, {
				title,
				body,
				tag
			}).catch(() => {});
		}
	});
}
// src/preload/index.ts
electron.contextBridge.exposeInMainWorld("countertop", buildApi(electron.ipcRenderer));
