import { F as __toESM, M as __esmMin, N as __exportAll, P as __toCommonJS, j as __commonJSMin } from "./bridge-BdI-iC9Z.js";
// node_modules/@meshconnect/web-link-sdk/utils/types.js
var init_types$2 = __esmMin((() => {}));
// node_modules/@meshconnect/web-link-sdk/utils/event-types.js
function isLinkEventTypeKey(key) {
	return LINK_EVENT_TYPE_KEYS.includes(key);
}
var LINK_EVENT_TYPE_KEYS;
var init_event_types = __esmMin((() => {
	LINK_EVENT_TYPE_KEYS = [
		"integrationConnected",
		"integrationConnectionError",
		"integrationMfaRequired",
		"integrationMfaEntered",
		"integrationOAuthStarted",
		"integrationAccountSelectionRequired",
		"transferCompleted",
		"integrationSelected",
		"credentialsEntered",
		"transferStarted",
		"transferPreviewed",
		"transferPreviewError",
		"transferExecutionError",
		"transferConfigureError",
		"pageLoaded",
		"transferAssetSelected",
		"transferNetworkSelected",
		"transferAmountEntered",
		"transferMfaRequired",
		"transferMfaEntered",
		"transferKycRequired",
		"transferExecuted",
		"transferInitiated",
		"transferNoEligibleAssets",
		"walletMessageSigned",
		"verifyDonePage",
		"verifyWalletRejected",
		"connectionDeclined",
		"connectionUnavailable",
		"transferDeclined",
		"done",
		"close",
		"SDKinjectedWalletProviders",
		"legalTermsViewed",
		"seeWhatHappenedClicked",
		"executeFundingStep",
		"fundingOptionsUpdated",
		"fundingOptionsViewed",
		"gasIncreaseWarning",
		"linkTransferQRGenerated",
		"methodSelected",
		"defiWalletError",
		"homePageLoaded"
	];
}));
// node_modules/@meshconnect/web-link-sdk/utils/style.js
function getLinkStyle(url) {
	try {
		var style = new URLSearchParams(new URL(url).search).get("link_style");
		return style && JSON.parse(window.atob(style));
	} catch (e) {
		return;
	}
}
function getNumber(def, value) {
	return value !== void 0 ? value : def;
}
var init_style = __esmMin((() => {}));
// node_modules/@meshconnect/web-link-sdk/utils/popup.js
function buildIframeAllowPolicy(origin) {
	return "clipboard-read *; clipboard-write *; camera ".concat(origin, "; microphone ").concat(origin);
}
function removePopup() {
	var _a, _b;
	var existingPopup = window.document.getElementById(popupId);
	(_a = existingPopup === null || existingPopup === void 0 ? void 0 : existingPopup.parentElement) === null || _a === void 0 || _a.removeChild(existingPopup);
	var existingStyles = window.document.getElementById(stylesId);
	(_b = existingStyles === null || existingStyles === void 0 ? void 0 : existingStyles.parentElement) === null || _b === void 0 || _b.removeChild(existingStyles);
}
function addPopup(iframeLink) {
	removePopup();
	var styleElement = document.createElement("style");
	styleElement.id = stylesId;
	styleElement.textContent = getStylesContent(getLinkStyle(iframeLink));
	window.document.head.appendChild(styleElement);
	var popupRootElement = document.createElement("div");
	popupRootElement.id = popupId;
	var popupBackdropElement = document.createElement("div");
	popupBackdropElement.id = backdropId;
	popupRootElement.appendChild(popupBackdropElement);
	var popupContentElement = document.createElement("div");
	popupContentElement.id = popupContentId;
	var iframeElement = document.createElement("iframe");
	iframeElement.id = iframeId;
	iframeElement.src = iframeLink;
	iframeElement.allow = buildIframeAllowPolicy(new URL(iframeLink).origin);
	popupContentElement.appendChild(iframeElement);
	popupRootElement.appendChild(popupContentElement);
	window.document.body.appendChild(popupRootElement);
}
var popupId, backdropId, popupContentId, stylesId, iframeId, getStylesContent;
var init_popup = __esmMin((() => {
	init_style();
	popupId = "mesh-link-popup";
	backdropId = "mesh-link-popup__backdrop";
	popupContentId = "mesh-link-popup__popup-content";
	stylesId = "mesh-link-popup__styles";
	iframeId = "mesh-link-popup__iframe";
	getStylesContent = function(style) {
		return "\n  body {\n    position: fixed;\n    left: 0;\n    top: 0;\n    bottom: 0;\n    right: 0;\n    overflow: hidden;\n  }\n\n  #".concat(popupId, " {\n    all: unset;\n    position: fixed;\n    left: 0;\n    top: 0;\n    bottom: 0;\n    right: 0;\n    display: flex;\n    flex-direction: column;\n    align-items: center;\n    justify-content: center;\n    z-index: 10000;\n    pointer-events: auto;\n  }\n\n  #").concat(backdropId, " {\n    position: absolute;\n    left: 0;\n    top: 0;\n    bottom: 0;\n    right: 0;\n    z-index: 10000;\n    background: black;\n    opacity: ").concat(getNumber(.6, style === null || style === void 0 ? void 0 : style.io), ";\n  }\n\n  #").concat(popupContentId, " {\n    position: absolute;\n    height: 80%;\n    max-height: 710px;\n    min-height: 685px;\n    margin: auto;\n    z-index: 10001;\n    width: 30%;\n    max-width: 430px;\n    min-width: 380px;\n    display: flex;\n    flex-direction: column;\n    border-radius: ").concat(getNumber(24, style === null || style === void 0 ? void 0 : style.ir), "px;\n    flex-grow: 1;\n  }\n\n  #").concat(popupContentId, " iframe {\n    border: none;\n    width: 100%;\n    flex-grow: 1;\n    border-radius: ").concat(getNumber(24, style === null || style === void 0 ? void 0 : style.ir), "px;\n  }\n\n  @media only screen and (max-width: 768px) {\n    #").concat(popupContentId, " {\n      height: 100vh;\n      width: 100vw;\n      max-width: 100%;\n      min-width: 100%;\n      max-height: 100%;\n      min-height: 100%;\n      border-radius: 0px;\n    }\n\n    #").concat(popupContentId, " iframe {\n      border-radius: 0px;\n    }\n  }\n\n  @media only screen and (max-height: 710px) {\n    #").concat(popupContentId, " {\n      max-height: 100%;\n      min-height: 100%;\n    }\n  }\n");
	};
}));
// node_modules/@meshconnect/web-link-sdk/utils/version.js
var sdkVersion;
var init_version$1 = __esmMin((() => {
	sdkVersion = "3.13.0";
}));
// node_modules/@meshconnect/web-link-sdk/utils/sdk-specs.js
var sdkSpecs;
var init_sdk_specs = __esmMin((() => {
	init_version$1();
	sdkSpecs = {
		platform: "web",
		version: sdkVersion,
		origin: window.location.origin
	};
}));
// node_modules/@meshconnect/web-link-sdk/utils/url.js
function appendQueryParam(url, key, value) {
	return "".concat(url).concat(url.includes("?") ? "&" : "?").concat(key, "=").concat(value);
}
var init_url = __esmMin((() => {}));
// node_modules/comlink/dist/esm/comlink.mjs
/**
* @license
* Copyright 2019 Google LLC
* SPDX-License-Identifier: Apache-2.0
*/
function isAllowedOrigin(allowedOrigins, origin) {
	for (const allowedOrigin of allowedOrigins) {
		if (origin === allowedOrigin || allowedOrigin === "*") return true;
		if (allowedOrigin instanceof RegExp && allowedOrigin.test(origin)) return true;
	}
	return false;
}
function expose(obj, ep = globalThis, allowedOrigins = ["*"]) {
	ep.addEventListener("message", function callback(ev) {
		if (!ev || !ev.data) return;
		if (!isAllowedOrigin(allowedOrigins, ev.origin)) {
			console.warn(`Invalid origin '${ev.origin}' for comlink proxy`);
			return;
		}
		const { id, type, path } = Object.assign({ path: [] }, ev.data);
		const argumentList = (ev.data.argumentList || []).map(fromWireValue);
		let returnValue;
		try {
			const parent = path.slice(0, -1).reduce((obj, prop) => obj[prop], obj);
			const rawValue = path.reduce((obj, prop) => obj[prop], obj);
			switch (type) {
				case "GET":
					returnValue = rawValue;
					break;
				case "SET":
					parent[path.slice(-1)[0]] = fromWireValue(ev.data.value);
					returnValue = true;
					break;
				case "APPLY":
					returnValue = rawValue.apply(parent, argumentList);
					break;
				case "CONSTRUCT":
					returnValue = proxy(new rawValue(...argumentList));
					break;
				case "ENDPOINT":
					{
						const { port1, port2 } = new MessageChannel();
						expose(obj, port2);
						returnValue = transfer(port1, [port1]);
					}
					break;
				case "RELEASE":
					returnValue = void 0;
					break;
				default: return;
			}
		} catch (value) {
			returnValue = {
				value,
				[throwMarker]: 0
			};
		}
		Promise.resolve(returnValue).catch((value) => {
			return {
				value,
				[throwMarker]: 0
			};
		}).then((returnValue) => {
			const [wireValue, transferables] = toWireValue(returnValue);
			ep.postMessage(Object.assign(Object.assign({}, wireValue), { id }), transferables);
			if (type === "RELEASE") {
				ep.removeEventListener("message", callback);
				closeEndPoint(ep);
				if (finalizer in obj && typeof obj[finalizer] === "function") obj[finalizer]();
			}
		}).catch((error) => {
			const [wireValue, transferables] = toWireValue({
				value: /* @__PURE__ */ new TypeError("Unserializable return value"),
				[throwMarker]: 0
			});
			ep.postMessage(Object.assign(Object.assign({}, wireValue), { id }), transferables);
		});
	});
	if (ep.start) ep.start();
}
function isMessagePort(endpoint) {
	return endpoint.constructor.name === "MessagePort";
}
function closeEndPoint(endpoint) {
	if (isMessagePort(endpoint)) endpoint.close();
}
function wrap(ep, target) {
	const pendingListeners = /* @__PURE__ */ new Map();
	ep.addEventListener("message", function handleMessage(ev) {
		const { data } = ev;
		if (!data || !data.id) return;
		const resolver = pendingListeners.get(data.id);
		if (!resolver) return;
		try {
			resolver(data);
		} finally {
			pendingListeners.delete(data.id);
		}
	});
	return createProxy(ep, pendingListeners, [], target);
}
function throwIfProxyReleased(isReleased) {
	if (isReleased) throw new Error("Proxy has been released and is not useable");
}
function releaseEndpoint(ep) {
	return requestResponseMessage(ep, /* @__PURE__ */ new Map(), { type: "RELEASE" }).then(() => {
		closeEndPoint(ep);
	});
}
function registerProxy(proxy, ep) {
	const newCount = (proxyCounter.get(ep) || 0) + 1;
	proxyCounter.set(ep, newCount);
	if (proxyFinalizers) proxyFinalizers.register(proxy, ep, proxy);
}
function unregisterProxy(proxy) {
	if (proxyFinalizers) proxyFinalizers.unregister(proxy);
}
function createProxy(ep, pendingListeners, path = [], target = function() {}) {
	let isProxyReleased = false;
	const proxy = new Proxy(target, {
		get(_target, prop) {
			throwIfProxyReleased(isProxyReleased);
			if (prop === releaseProxy) return () => {
				unregisterProxy(proxy);
				releaseEndpoint(ep);
				pendingListeners.clear();
				isProxyReleased = true;
			};
			if (prop === "then") {
				if (path.length === 0) return { then: () => proxy };
				const r = requestResponseMessage(ep, pendingListeners, {
					type: "GET",
					path: path.map((p) => p.toString())
				}).then(fromWireValue);
				return r.then.bind(r);
			}
			return createProxy(ep, pendingListeners, [...path, prop]);
		},
		set(_target, prop, rawValue) {
			throwIfProxyReleased(isProxyReleased);
			const [value, transferables] = toWireValue(rawValue);
			return requestResponseMessage(ep, pendingListeners, {
				type: "SET",
				path: [...path, prop].map((p) => p.toString()),
				value
			}, transferables).then(fromWireValue);
		},
		apply(_target, _thisArg, rawArgumentList) {
			throwIfProxyReleased(isProxyReleased);
			const last = path[path.length - 1];
			if (last === createEndpoint) return requestResponseMessage(ep, pendingListeners, { type: "ENDPOINT" }).then(fromWireValue);
			if (last === "bind") return createProxy(ep, pendingListeners, path.slice(0, -1));
			const [argumentList, transferables] = processArguments(rawArgumentList);
			return requestResponseMessage(ep, pendingListeners, {
				type: "APPLY",
				path: path.map((p) => p.toString()),
				argumentList
			}, transferables).then(fromWireValue);
		},
		construct(_target, rawArgumentList) {
			throwIfProxyReleased(isProxyReleased);
			const [argumentList, transferables] = processArguments(rawArgumentList);
			return requestResponseMessage(ep, pendingListeners, {
				type: "CONSTRUCT",
				path: path.map((p) => p.toString()),
				argumentList
			}, transferables).then(fromWireValue);
		}
	});
	registerProxy(proxy, ep);
	return proxy;
}
function myFlat(arr) {
	return Array.prototype.concat.apply([], arr);
}
function processArguments(argumentList) {
	const processed = argumentList.map(toWireValue);
	return [processed.map((v) => v[0]), myFlat(processed.map((v) => v[1]))];
}
function transfer(obj, transfers) {
	transferCache.set(obj, transfers);
	return obj;
}
function proxy(obj) {
	return Object.assign(obj, { [proxyMarker]: true });
}
function windowEndpoint(w, context = globalThis, targetOrigin = "*") {
	return {
		postMessage: (msg, transferables) => w.postMessage(msg, targetOrigin, transferables),
		addEventListener: context.addEventListener.bind(context),
		removeEventListener: context.removeEventListener.bind(context)
	};
}
function toWireValue(value) {
	for (const [name, handler] of transferHandlers) if (handler.canHandle(value)) {
		const [serializedValue, transferables] = handler.serialize(value);
		return [{
			type: "HANDLER",
			name,
			value: serializedValue
		}, transferables];
	}
	return [{
		type: "RAW",
		value
	}, transferCache.get(value) || []];
}
function fromWireValue(value) {
	switch (value.type) {
		case "HANDLER": return transferHandlers.get(value.name).deserialize(value.value);
		case "RAW": return value.value;
	}
}
function requestResponseMessage(ep, pendingListeners, msg, transfers) {
	return new Promise((resolve) => {
		const id = generateUUID();
		pendingListeners.set(id, resolve);
		if (ep.start) ep.start();
		ep.postMessage(Object.assign({ id }, msg), transfers);
	});
}
function generateUUID() {
	return new Array(4).fill(0).map(() => Math.floor(Math.random() * Number.MAX_SAFE_INTEGER).toString(16)).join("-");
}
var proxyMarker, createEndpoint, releaseProxy, finalizer, throwMarker, isObject$1, transferHandlers, proxyCounter, proxyFinalizers, transferCache;
var init_comlink = __esmMin((() => {
	proxyMarker = Symbol("Comlink.proxy");
	createEndpoint = Symbol("Comlink.endpoint");
	releaseProxy = Symbol("Comlink.releaseProxy");
	finalizer = Symbol("Comlink.finalizer");
	throwMarker = Symbol("Comlink.thrown");
	isObject$1 = (val) => typeof val === "object" && val !== null || typeof val === "function";
	transferHandlers = /* @__PURE__ */ new Map([["proxy", {
		canHandle: (val) => isObject$1(val) && val[proxyMarker],
		serialize(obj) {
			const { port1, port2 } = new MessageChannel();
			expose(obj, port1);
			return [port2, [port2]];
		},
		deserialize(port) {
			port.start();
			return wrap(port);
		}
	}], ["throw", {
		canHandle: (value) => isObject$1(value) && throwMarker in value,
		serialize({ value }) {
			let serialized;
			if (value instanceof Error) serialized = {
				isError: true,
				value: {
					message: value.message,
					name: value.name,
					stack: value.stack
				}
			};
			else serialized = {
				isError: false,
				value
			};
			return [serialized, []];
		},
		deserialize(serialized) {
			if (serialized.isError) throw Object.assign(new Error(serialized.value.message), serialized.value);
			throw serialized.value;
		}
	}]]);
	proxyCounter = /* @__PURE__ */ new WeakMap();
	proxyFinalizers = "FinalizationRegistry" in globalThis && new FinalizationRegistry((ep) => {
		const newCount = (proxyCounter.get(ep) || 0) - 1;
		proxyCounter.set(ep, newCount);
		if (newCount === 0) releaseEndpoint(ep);
	});
	transferCache = /* @__PURE__ */ new WeakMap();
}));
// node_modules/@wallet-standard/app/lib/esm/wallets.js
function addRegisteredWallet(wallet) {
	cachedWalletsArray = void 0;
	registeredWalletsSet.add(wallet);
}
function removeRegisteredWallet(wallet) {
	cachedWalletsArray = void 0;
	registeredWalletsSet.delete(wallet);
}
/**
* Get an API for {@link Wallets.get | getting}, {@link Wallets.on | listening for}, and
* {@link Wallets.register | registering} {@link "@wallet-standard/base".Wallet | Wallets}.
*
* When called for the first time --
*
* This dispatches a {@link "@wallet-standard/base".WindowAppReadyEvent} to notify each Wallet that the app is ready
* to register it.
*
* This also adds a listener for {@link "@wallet-standard/base".WindowRegisterWalletEvent} to listen for a notification
* from each Wallet that the Wallet is ready to be registered by the app.
*
* This combination of event dispatch and listener guarantees that each Wallet will be registered synchronously as soon
* as the app is ready whether the app loads before or after each Wallet.
*
* @return API for getting, listening for, and registering Wallets.
*
* @group App
*/
function getWallets() {
	if (wallets) return wallets;
	wallets = Object.freeze({
		register,
		get,
		on
	});
	if (typeof window === "undefined") return wallets;
	const api = Object.freeze({ register });
	try {
		window.addEventListener("wallet-standard:register-wallet", ({ detail: callback }) => callback(api));
	} catch (error) {
		console.error("wallet-standard:register-wallet event listener could not be added\n", error);
	}
	try {
		window.dispatchEvent(new AppReadyEvent(api));
	} catch (error) {
		console.error("wallet-standard:app-ready event could not be dispatched\n", error);
	}
	return wallets;
}
function register(...wallets) {
	wallets = wallets.filter((wallet) => !registeredWalletsSet.has(wallet));
	if (!wallets.length) return () => {};
	wallets.forEach((wallet) => addRegisteredWallet(wallet));
	listeners["register"]?.forEach((listener) => guard(() => listener(...wallets)));
	return function unregister() {
		wallets.forEach((wallet) => removeRegisteredWallet(wallet));
		listeners["unregister"]?.forEach((listener) => guard(() => listener(...wallets)));
	};
}
function get() {
	if (!cachedWalletsArray) cachedWalletsArray = [...registeredWalletsSet];
	return cachedWalletsArray;
}
function on(event, listener) {
	listeners[event]?.push(listener) || (listeners[event] = [listener]);
	return function off() {
		listeners[event] = listeners[event]?.filter((existingListener) => listener !== existingListener);
	};
}
function guard(callback) {
	try {
		callback();
	} catch (error) {
		console.error(error);
	}
}
var __classPrivateFieldGet$4, __classPrivateFieldSet$4, _AppReadyEvent_detail, wallets, registeredWalletsSet, listeners, cachedWalletsArray, AppReadyEvent;
var init_wallets = __esmMin((() => {
	__classPrivateFieldGet$4 = function(receiver, state, kind, f) {
		if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
		if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
		return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
	};
	__classPrivateFieldSet$4 = function(receiver, state, value, kind, f) {
		if (kind === "m") throw new TypeError("Private method is not writable");
		if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
		if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
		return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
	};
	wallets = void 0;
	registeredWalletsSet = /* @__PURE__ */ new Set();
	listeners = {};
	AppReadyEvent = class extends Event {
		get detail() {
			return __classPrivateFieldGet$4(this, _AppReadyEvent_detail, "f");
		}
		get type() {
			return "wallet-standard:app-ready";
		}
		constructor(api) {
			super("wallet-standard:app-ready", {
				bubbles: false,
				cancelable: false,
				composed: false
			});
			_AppReadyEvent_detail.set(this, void 0);
			__classPrivateFieldSet$4(this, _AppReadyEvent_detail, api, "f");
		}
		/** @deprecated */
		preventDefault() {
			throw new Error("preventDefault cannot be called");
		}
		/** @deprecated */
		stopImmediatePropagation() {
			throw new Error("stopImmediatePropagation cannot be called");
		}
		/** @deprecated */
		stopPropagation() {
			throw new Error("stopPropagation cannot be called");
		}
	};
	_AppReadyEvent_detail = /* @__PURE__ */ new WeakMap();
}));
// node_modules/@wallet-standard/app/lib/esm/index.js
var init_esm$9 = __esmMin((() => {
	init_wallets();
}));
// node_modules/eventemitter3/index.js
var require_eventemitter3 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var has = Object.prototype.hasOwnProperty;
	var prefix = "~";
	/**
	* Constructor to create a storage for our `EE` objects.
	* An `Events` instance is a plain object whose properties are event names.
	*
	* @constructor
	* @private
	*/
	function Events() {}
	if (Object.create) {
		Events.prototype = Object.create(null);
		if (!new Events().__proto__) prefix = false;
	}
	/**
	* Representation of a single event listener.
	*
	* @param {Function} fn The listener function.
	* @param {*} context The context to invoke the listener with.
	* @param {Boolean} [once=false] Specify if the listener is a one-time listener.
	* @constructor
	* @private
	*/
	function EE(fn, context, once) {
		this.fn = fn;
		this.context = context;
		this.once = once || false;
	}
	/**
	* Add a listener for a given event.
	*
	* @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
	* @param {(String|Symbol)} event The event name.
	* @param {Function} fn The listener function.
	* @param {*} context The context to invoke the listener with.
	* @param {Boolean} once Specify if the listener is a one-time listener.
	* @returns {EventEmitter}
	* @private
	*/
	function addListener(emitter, event, fn, context, once) {
		if (typeof fn !== "function") throw new TypeError("The listener must be a function");
		var listener = new EE(fn, context || emitter, once), evt = prefix ? prefix + event : event;
		if (!emitter._events[evt]) emitter._events[evt] = listener, emitter._eventsCount++;
		else if (!emitter._events[evt].fn) emitter._events[evt].push(listener);
		else emitter._events[evt] = [emitter._events[evt], listener];
		return emitter;
	}
	/**
	* Clear event by name.
	*
	* @param {EventEmitter} emitter Reference to the `EventEmitter` instance.
	* @param {(String|Symbol)} evt The Event name.
	* @private
	*/
	function clearEvent(emitter, evt) {
		if (--emitter._eventsCount === 0) emitter._events = new Events();
		else delete emitter._events[evt];
	}
	/**
	* Minimal `EventEmitter` interface that is molded against the Node.js
	* `EventEmitter` interface.
	*
	* @constructor
	* @public
	*/
	function EventEmitter() {
		this._events = new Events();
		this._eventsCount = 0;
	}
	/**
	* Return an array listing the events for which the emitter has registered
	* listeners.
	*
	* @returns {Array}
	* @public
	*/
	EventEmitter.prototype.eventNames = function eventNames() {
		var names = [], events, name;
		if (this._eventsCount === 0) return names;
		for (name in events = this._events) if (has.call(events, name)) names.push(prefix ? name.slice(1) : name);
		if (Object.getOwnPropertySymbols) return names.concat(Object.getOwnPropertySymbols(events));
		return names;
	};
	/**
	* Return the listeners registered for a given event.
	*
	* @param {(String|Symbol)} event The event name.
	* @returns {Array} The registered listeners.
	* @public
	*/
	EventEmitter.prototype.listeners = function listeners(event) {
		var evt = prefix ? prefix + event : event, handlers = this._events[evt];
		if (!handlers) return [];
		if (handlers.fn) return [handlers.fn];
		for (var i = 0, l = handlers.length, ee = new Array(l); i < l; i++) ee[i] = handlers[i].fn;
		return ee;
	};
	/**
	* Return the number of listeners listening to a given event.
	*
	* @param {(String|Symbol)} event The event name.
	* @returns {Number} The number of listeners.
	* @public
	*/
	EventEmitter.prototype.listenerCount = function listenerCount(event) {
		var evt = prefix ? prefix + event : event, listeners = this._events[evt];
		if (!listeners) return 0;
		if (listeners.fn) return 1;
		return listeners.length;
	};
	/**
	* Calls each of the listeners registered for a given event.
	*
	* @param {(String|Symbol)} event The event name.
	* @returns {Boolean} `true` if the event had listeners, else `false`.
	* @public
	*/
	EventEmitter.prototype.emit = function emit(event, a1, a2, a3, a4, a5) {
		var evt = prefix ? prefix + event : event;
		if (!this._events[evt]) return false;
		var listeners = this._events[evt], len = arguments.length, args, i;
		if (listeners.fn) {
			if (listeners.once) this.removeListener(event, listeners.fn, void 0, true);
			switch (len) {
				case 1: return listeners.fn.call(listeners.context), true;
				case 2: return listeners.fn.call(listeners.context, a1), true;
				case 3: return listeners.fn.call(listeners.context, a1, a2), true;
				case 4: return listeners.fn.call(listeners.context, a1, a2, a3), true;
				case 5: return listeners.fn.call(listeners.context, a1, a2, a3, a4), true;
				case 6: return listeners.fn.call(listeners.context, a1, a2, a3, a4, a5), true;
			}
			for (i = 1, args = new Array(len - 1); i < len; i++) args[i - 1] = arguments[i];
			listeners.fn.apply(listeners.context, args);
		} else {
			var length = listeners.length, j;
			for (i = 0; i < length; i++) {
				if (listeners[i].once) this.removeListener(event, listeners[i].fn, void 0, true);
				switch (len) {
					case 1:
						listeners[i].fn.call(listeners[i].context);
						break;
					case 2:
						listeners[i].fn.call(listeners[i].context, a1);
						break;
					case 3:
						listeners[i].fn.call(listeners[i].context, a1, a2);
						break;
					case 4:
						listeners[i].fn.call(listeners[i].context, a1, a2, a3);
						break;
					default:
						if (!args) for (j = 1, args = new Array(len - 1); j < len; j++) args[j - 1] = arguments[j];
						listeners[i].fn.apply(listeners[i].context, args);
				}
			}
		}
		return true;
	};
	/**
	* Add a listener for a given event.
	*
	* @param {(String|Symbol)} event The event name.
	* @param {Function} fn The listener function.
	* @param {*} [context=this] The context to invoke the listener with.
	* @returns {EventEmitter} `this`.
	* @public
	*/
	EventEmitter.prototype.on = function on(event, fn, context) {
		return addListener(this, event, fn, context, false);
	};
	/**
	* Add a one-time listener for a given event.
	*
	* @param {(String|Symbol)} event The event name.
	* @param {Function} fn The listener function.
	* @param {*} [context=this] The context to invoke the listener with.
	* @returns {EventEmitter} `this`.
	* @public
	*/
	EventEmitter.prototype.once = function once(event, fn, context) {
		return addListener(this, event, fn, context, true);
	};
	/**
	* Remove the listeners of a given event.
	*
	* @param {(String|Symbol)} event The event name.
	* @param {Function} fn Only remove the listeners that match this function.
	* @param {*} context Only remove the listeners that have this context.
	* @param {Boolean} once Only remove one-time listeners.
	* @returns {EventEmitter} `this`.
	* @public
	*/
	EventEmitter.prototype.removeListener = function removeListener(event, fn, context, once) {
		var evt = prefix ? prefix + event : event;
		if (!this._events[evt]) return this;
		if (!fn) {
			clearEvent(this, evt);
			return this;
		}
		var listeners = this._events[evt];
		if (listeners.fn) {
			if (listeners.fn === fn && (!once || listeners.once) && (!context || listeners.context === context)) clearEvent(this, evt);
		} else {
			for (var i = 0, events = [], length = listeners.length; i < length; i++) if (listeners[i].fn !== fn || once && !listeners[i].once || context && listeners[i].context !== context) events.push(listeners[i]);
			if (events.length) this._events[evt] = events.length === 1 ? events[0] : events;
			else clearEvent(this, evt);
		}
		return this;
	};
	/**
	* Remove all listeners, or those of the specified event.
	*
	* @param {(String|Symbol)} [event] The event name.
	* @returns {EventEmitter} `this`.
	* @public
	*/
	EventEmitter.prototype.removeAllListeners = function removeAllListeners(event) {
		var evt;
		if (event) {
			evt = prefix ? prefix + event : event;
			if (this._events[evt]) clearEvent(this, evt);
		} else {
			this._events = new Events();
			this._eventsCount = 0;
		}
		return this;
	};
	EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
	EventEmitter.prototype.addListener = EventEmitter.prototype.on;
	EventEmitter.prefixed = prefix;
	EventEmitter.EventEmitter = EventEmitter;
	if ("undefined" !== typeof module) module.exports = EventEmitter;
}));
// node_modules/eventemitter3/index.mjs
var import_eventemitter3, eventemitter3_default;
var init_eventemitter3 = __esmMin((() => {
	import_eventemitter3 = /* @__PURE__ */ __toESM(require_eventemitter3(), 1);
	eventemitter3_default = import_eventemitter3.default;
}));
// node_modules/@solana/wallet-adapter-base/lib/esm/errors.js
var WalletError, WalletNotReadyError, WalletConfigError, WalletConnectionError, WalletDisconnectedError, WalletDisconnectionError, WalletAccountError, WalletPublicKeyError, WalletNotConnectedError, WalletSendTransactionError, WalletSignTransactionError, WalletSignMessageError, WalletSignInError;
var init_errors = __esmMin((() => {
	WalletError = class extends Error {
		constructor(message, error) {
			super(message);
			this.error = error;
		}
	};
	WalletNotReadyError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletNotReadyError";
		}
	};
	WalletConfigError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletConfigError";
		}
	};
	WalletConnectionError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletConnectionError";
		}
	};
	WalletDisconnectedError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletDisconnectedError";
		}
	};
	WalletDisconnectionError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletDisconnectionError";
		}
	};
	WalletAccountError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletAccountError";
		}
	};
	WalletPublicKeyError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletPublicKeyError";
		}
	};
	WalletNotConnectedError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletNotConnectedError";
		}
	};
	WalletSendTransactionError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletSendTransactionError";
		}
	};
	WalletSignTransactionError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletSignTransactionError";
		}
	};
	WalletSignMessageError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletSignMessageError";
		}
	};
	WalletSignInError = class extends WalletError {
		constructor() {
			super(...arguments);
			this.name = "WalletSignInError";
		}
	};
}));
// node_modules/@solana/wallet-adapter-base/lib/esm/adapter.js
function scopePollingDetectionStrategy(detect) {
	if (typeof window === "undefined" || typeof document === "undefined") return;
	const disposers = [];
	function detectAndDispose() {
		if (detect()) for (const dispose of disposers) dispose();
	}
	const interval = setInterval(detectAndDispose, 1e3);
	disposers.push(() => clearInterval(interval));
	if (document.readyState === "loading") {
		document.addEventListener("DOMContentLoaded", detectAndDispose, { once: true });
		disposers.push(() => document.removeEventListener("DOMContentLoaded", detectAndDispose));
	}
	if (document.readyState !== "complete") {
		window.addEventListener("load", detectAndDispose, { once: true });
		disposers.push(() => window.removeEventListener("load", detectAndDispose));
	}
	detectAndDispose();
}
var WalletReadyState, BaseWalletAdapter$1;
var init_adapter$1 = __esmMin((() => {
	init_eventemitter3();
	init_errors();
	(function(WalletReadyState) {
		/**
		* User-installable wallets can typically be detected by scanning for an API
		* that they've injected into the global context. If such an API is present,
		* we consider the wallet to have been installed.
		*/
		WalletReadyState["Installed"] = "Installed";
		WalletReadyState["NotDetected"] = "NotDetected";
		/**
		* Loadable wallets are always available to you. Since you can load them at
		* any time, it's meaningless to say that they have been detected.
		*/
		WalletReadyState["Loadable"] = "Loadable";
		/**
		* If a wallet is not supported on a given platform (eg. server-rendering, or
		* mobile) then it will stay in the `Unsupported` state.
		*/
		WalletReadyState["Unsupported"] = "Unsupported";
	})(WalletReadyState || (WalletReadyState = {}));
	BaseWalletAdapter$1 = class extends eventemitter3_default {
		get connected() {
			return !!this.publicKey;
		}
		async autoConnect() {
			await this.connect();
		}
		async prepareTransaction(transaction, connection, options = {}) {
			const publicKey = this.publicKey;
			if (!publicKey) throw new WalletNotConnectedError();
			transaction.feePayer = transaction.feePayer || publicKey;
			transaction.recentBlockhash = transaction.recentBlockhash || (await connection.getLatestBlockhash({
				commitment: options.preflightCommitment,
				minContextSlot: options.minContextSlot
			})).blockhash;
			return transaction;
		}
	};
}));
// node_modules/@solana/wallet-adapter-base/lib/esm/transaction.js
function isVersionedTransaction(transaction) {
	return "version" in transaction;
}
var init_transaction = __esmMin((() => {}));
// node_modules/@solana/wallet-adapter-base/lib/esm/signer.js
var BaseSignerWalletAdapter, BaseMessageSignerWalletAdapter;
var init_signer = __esmMin((() => {
	init_adapter$1();
	init_errors();
	init_transaction();
	BaseSignerWalletAdapter = class extends BaseWalletAdapter$1 {
		async sendTransaction(transaction, connection, options = {}) {
			let emit = true;
			try {
				if (isVersionedTransaction(transaction)) {
					if (!this.supportedTransactionVersions) throw new WalletSendTransactionError(`Sending versioned transactions isn't supported by this wallet`);
					if (!this.supportedTransactionVersions.has(transaction.version)) throw new WalletSendTransactionError(`Sending transaction version ${transaction.version} isn't supported by this wallet`);
					try {
						transaction = await this.signTransaction(transaction);
						const rawTransaction = transaction.serialize();
						return await connection.sendRawTransaction(rawTransaction, options);
					} catch (error) {
						if (error instanceof WalletSignTransactionError) {
							emit = false;
							throw error;
						}
						throw new WalletSendTransactionError(error?.message, error);
					}
				} else try {
					const { signers, ...sendOptions } = options;
					transaction = await this.prepareTransaction(transaction, connection, sendOptions);
					signers?.length && transaction.partialSign(...signers);
					transaction = await this.signTransaction(transaction);
					const rawTransaction = transaction.serialize();
					return await connection.sendRawTransaction(rawTransaction, sendOptions);
				} catch (error) {
					if (error instanceof WalletSignTransactionError) {
						emit = false;
						throw error;
					}
					throw new WalletSendTransactionError(error?.message, error);
				}
			} catch (error) {
				if (emit) this.emit("error", error);
				throw error;
			}
		}
		async signAllTransactions(transactions) {
			for (const transaction of transactions) if (isVersionedTransaction(transaction)) {
				if (!this.supportedTransactionVersions) throw new WalletSignTransactionError(`Signing versioned transactions isn't supported by this wallet`);
				if (!this.supportedTransactionVersions.has(transaction.version)) throw new WalletSignTransactionError(`Signing transaction version ${transaction.version} isn't supported by this wallet`);
			}
			const signedTransactions = [];
			for (const transaction of transactions) signedTransactions.push(await this.signTransaction(transaction));
			return signedTransactions;
		}
	};
	BaseMessageSignerWalletAdapter = class extends BaseSignerWalletAdapter {};
}));
// node_modules/@solana/wallet-standard-features/lib/esm/signAndSendTransaction.js
var SolanaSignAndSendTransaction;
var init_signAndSendTransaction = __esmMin((() => {
	SolanaSignAndSendTransaction = "solana:signAndSendTransaction";
}));
// node_modules/@solana/wallet-standard-features/lib/esm/signIn.js
var SolanaSignIn;
var init_signIn$1 = __esmMin((() => {
	SolanaSignIn = "solana:signIn";
}));
// node_modules/@solana/wallet-standard-features/lib/esm/signMessage.js
var SolanaSignMessage;
var init_signMessage$1 = __esmMin((() => {
	SolanaSignMessage = "solana:signMessage";
}));
// node_modules/@solana/wallet-standard-features/lib/esm/signTransaction.js
var SolanaSignTransaction;
var init_signTransaction = __esmMin((() => {
	SolanaSignTransaction = "solana:signTransaction";
}));
// node_modules/@solana/wallet-standard-features/lib/esm/signAndSendAllTransactions.js
var init_signAndSendAllTransactions = __esmMin((() => {}));
// node_modules/@solana/wallet-standard-features/lib/esm/signOffchainMessage.js
var init_signOffchainMessage = __esmMin((() => {}));
// node_modules/@solana/wallet-standard-features/lib/esm/index.js
var init_esm$8 = __esmMin((() => {
	init_signAndSendTransaction();
	init_signIn$1();
	init_signMessage$1();
	init_signTransaction();
	init_signAndSendAllTransactions();
	init_signOffchainMessage();
}));
// node_modules/@wallet-standard/features/lib/esm/connect.js
var StandardConnect;
var init_connect = __esmMin((() => {
	StandardConnect = "standard:connect";
}));
// node_modules/@wallet-standard/features/lib/esm/disconnect.js
var StandardDisconnect;
var init_disconnect = __esmMin((() => {
	StandardDisconnect = "standard:disconnect";
}));
// node_modules/@wallet-standard/features/lib/esm/events.js
var StandardEvents;
var init_events = __esmMin((() => {
	StandardEvents = "standard:events";
}));
// node_modules/@wallet-standard/features/lib/esm/index.js
var init_esm$7 = __esmMin((() => {
	init_connect();
	init_disconnect();
	init_events();
}));
// node_modules/@solana/wallet-adapter-base/lib/esm/standard.js
function isWalletAdapterCompatibleStandardWallet(wallet) {
	return "standard:connect" in wallet.features && "standard:events" in wallet.features && ("solana:signAndSendTransaction" in wallet.features || "solana:signTransaction" in wallet.features);
}
var init_standard = __esmMin((() => {
	init_esm$8();
	init_esm$7();
}));
// node_modules/@solana/wallet-adapter-base/lib/esm/types.js
var init_types$1 = __esmMin((() => {}));
// node_modules/@solana/wallet-adapter-base/lib/esm/index.js
var init_esm$6 = __esmMin((() => {
	init_adapter$1();
	init_errors();
	init_signer();
	init_standard();
	init_transaction();
	init_types$1();
}));
// node_modules/base64-js/index.js
var require_base64_js = /* @__PURE__ */ __commonJSMin(((exports) => {
	exports.byteLength = byteLength;
	exports.toByteArray = toByteArray;
	exports.fromByteArray = fromByteArray;
	var lookup = [];
	var revLookup = [];
	var Arr = typeof Uint8Array !== "undefined" ? Uint8Array : Array;
	var code = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (var i = 0, len = code.length; i < len; ++i) {
		lookup[i] = code[i];
		revLookup[code.charCodeAt(i)] = i;
	}
	revLookup["-".charCodeAt(0)] = 62;
	revLookup["_".charCodeAt(0)] = 63;
	function getLens(b64) {
		var len = b64.length;
		if (len % 4 > 0) throw new Error("Invalid string. Length must be a multiple of 4");
		var validLen = b64.indexOf("=");
		if (validLen === -1) validLen = len;
		var placeHoldersLen = validLen === len ? 0 : 4 - validLen % 4;
		return [validLen, placeHoldersLen];
	}
	function byteLength(b64) {
		var lens = getLens(b64);
		var validLen = lens[0];
		var placeHoldersLen = lens[1];
		return (validLen + placeHoldersLen) * 3 / 4 - placeHoldersLen;
	}
	function _byteLength(b64, validLen, placeHoldersLen) {
		return (validLen + placeHoldersLen) * 3 / 4 - placeHoldersLen;
	}
	function toByteArray(b64) {
		var tmp;
		var lens = getLens(b64);
		var validLen = lens[0];
		var placeHoldersLen = lens[1];
		var arr = new Arr(_byteLength(b64, validLen, placeHoldersLen));
		var curByte = 0;
		var len = placeHoldersLen > 0 ? validLen - 4 : validLen;
		var i = 0;
		for (; i < len; i += 4) {
			tmp = revLookup[b64.charCodeAt(i)] << 18 | revLookup[b64.charCodeAt(i + 1)] << 12 | revLookup[b64.charCodeAt(i + 2)] << 6 | revLookup[b64.charCodeAt(i + 3)];
			arr[curByte++] = tmp >> 16 & 255;
			arr[curByte++] = tmp >> 8 & 255;
			arr[curByte++] = tmp & 255;
		}
		if (placeHoldersLen === 2) {
			tmp = revLookup[b64.charCodeAt(i)] << 2 | revLookup[b64.charCodeAt(i + 1)] >> 4;
			arr[curByte++] = tmp & 255;
		}
		if (placeHoldersLen === 1) {
			tmp = revLookup[b64.charCodeAt(i)] << 10 | revLookup[b64.charCodeAt(i + 1)] << 4 | revLookup[b64.charCodeAt(i + 2)] >> 2;
			arr[curByte++] = tmp >> 8 & 255;
			arr[curByte++] = tmp & 255;
		}
		return arr;
	}
	function tripletToBase64(num) {
		return lookup[num >> 18 & 63] + lookup[num >> 12 & 63] + lookup[num >> 6 & 63] + lookup[num & 63];
	}
	function encodeChunk(uint8, start, end) {
		var tmp;
		var output = [];
		for (var i = start; i < end; i += 3) {
			tmp = (uint8[i] << 16 & 16711680) + (uint8[i + 1] << 8 & 65280) + (uint8[i + 2] & 255);
			output.push(tripletToBase64(tmp));
		}
		return output.join("");
	}
	function fromByteArray(uint8) {
		var tmp;
		var len = uint8.length;
		var extraBytes = len % 3;
		var parts = [];
		var maxChunkLength = 16383;
		for (var i = 0, len2 = len - extraBytes; i < len2; i += maxChunkLength) parts.push(encodeChunk(uint8, i, i + maxChunkLength > len2 ? len2 : i + maxChunkLength));
		if (extraBytes === 1) {
			tmp = uint8[len - 1];
			parts.push(lookup[tmp >> 2] + lookup[tmp << 4 & 63] + "==");
		} else if (extraBytes === 2) {
			tmp = (uint8[len - 2] << 8) + uint8[len - 1];
			parts.push(lookup[tmp >> 10] + lookup[tmp >> 4 & 63] + lookup[tmp << 2 & 63] + "=");
		}
		return parts.join("");
	}
}));
// node_modules/ieee754/index.js
var require_ieee754 = /* @__PURE__ */ __commonJSMin(((exports) => {
	/*! ieee754. BSD-3-Clause License. Feross Aboukhadijeh <https://feross.org/opensource> */
	exports.read = function(buffer, offset, isLE, mLen, nBytes) {
		var e, m;
		var eLen = nBytes * 8 - mLen - 1;
		var eMax = (1 << eLen) - 1;
		var eBias = eMax >> 1;
		var nBits = -7;
		var i = isLE ? nBytes - 1 : 0;
		var d = isLE ? -1 : 1;
		var s = buffer[offset + i];
		i += d;
		e = s & (1 << -nBits) - 1;
		s >>= -nBits;
		nBits += eLen;
		for (; nBits > 0; e = e * 256 + buffer[offset + i], i += d, nBits -= 8);
		m = e & (1 << -nBits) - 1;
		e >>= -nBits;
		nBits += mLen;
		for (; nBits > 0; m = m * 256 + buffer[offset + i], i += d, nBits -= 8);
		if (e === 0) e = 1 - eBias;
		else if (e === eMax) return m ? NaN : (s ? -1 : 1) * Infinity;
		else {
			m = m + Math.pow(2, mLen);
			e = e - eBias;
		}
		return (s ? -1 : 1) * m * Math.pow(2, e - mLen);
	};
	exports.write = function(buffer, value, offset, isLE, mLen, nBytes) {
		var e, m, c;
		var eLen = nBytes * 8 - mLen - 1;
		var eMax = (1 << eLen) - 1;
		var eBias = eMax >> 1;
		var rt = mLen === 23 ? Math.pow(2, -24) - Math.pow(2, -77) : 0;
		var i = isLE ? 0 : nBytes - 1;
		var d = isLE ? 1 : -1;
		var s = value < 0 || value === 0 && 1 / value < 0 ? 1 : 0;
		value = Math.abs(value);
		if (isNaN(value) || value === Infinity) {
			m = isNaN(value) ? 1 : 0;
			e = eMax;
		} else {
			e = Math.floor(Math.log(value) / Math.LN2);
			if (value * (c = Math.pow(2, -e)) < 1) {
				e--;
				c *= 2;
			}
			if (e + eBias >= 1) value += rt / c;
			else value += rt * Math.pow(2, 1 - eBias);
			if (value * c >= 2) {
				e++;
				c /= 2;
			}
			if (e + eBias >= eMax) {
				m = 0;
				e = eMax;
			} else if (e + eBias >= 1) {
				m = (value * c - 1) * Math.pow(2, mLen);
				e = e + eBias;
			} else {
				m = value * Math.pow(2, eBias - 1) * Math.pow(2, mLen);
				e = 0;
			}
		}
		for (; mLen >= 8; buffer[offset + i] = m & 255, i += d, m /= 256, mLen -= 8);
		e = e << mLen | m;
		eLen += mLen;
		for (; eLen > 0; buffer[offset + i] = e & 255, i += d, e /= 256, eLen -= 8);
		buffer[offset + i - d] |= s * 128;
	};
}));
// node_modules/buffer/index.js
/*!
* The buffer module from node.js, for the browser.
*
* @author   Feross Aboukhadijeh <https://feross.org>
* @license  MIT
*/
var require_buffer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var base64 = require_base64_js();
	var ieee754 = require_ieee754();
	var customInspectSymbol = typeof Symbol === "function" && typeof Symbol["for"] === "function" ? Symbol["for"]("nodejs.util.inspect.custom") : null;
	exports.Buffer = Buffer;
	exports.SlowBuffer = SlowBuffer;
	exports.INSPECT_MAX_BYTES = 50;
	var K_MAX_LENGTH = 2147483647;
	exports.kMaxLength = K_MAX_LENGTH;
	/**
	* If `Buffer.TYPED_ARRAY_SUPPORT`:
	*   === true    Use Uint8Array implementation (fastest)
	*   === false   Print warning and recommend using `buffer` v4.x which has an Object
	*               implementation (most compatible, even IE6)
	*
	* Browsers that support typed arrays are IE 10+, Firefox 4+, Chrome 7+, Safari 5.1+,
	* Opera 11.6+, iOS 4.2+.
	*
	* We report that the browser does not support typed arrays if the are not subclassable
	* using __proto__. Firefox 4-29 lacks support for adding new properties to `Uint8Array`
	* (See: https://bugzilla.mozilla.org/show_bug.cgi?id=695438). IE 10 lacks support
	* for __proto__ and has a buggy typed array implementation.
	*/
	Buffer.TYPED_ARRAY_SUPPORT = typedArraySupport();
	if (!Buffer.TYPED_ARRAY_SUPPORT && typeof console !== "undefined" && typeof console.error === "function") console.error("This browser lacks typed array (Uint8Array) support which is required by `buffer` v5.x. Use `buffer` v4.x if you require old browser support.");
	function typedArraySupport() {
		try {
			const arr = /* @__PURE__ */ new Uint8Array(1);
			const proto = { foo: function() {
				return 42;
			} };
			Object.setPrototypeOf(proto, Uint8Array.prototype);
			Object.setPrototypeOf(arr, proto);
			return arr.foo() === 42;
		} catch (e) {
			return false;
		}
	}
	Object.defineProperty(Buffer.prototype, "parent", {
		enumerable: true,
		get: function() {
			if (!Buffer.isBuffer(this)) return void 0;
			return this.buffer;
		}
	});
	Object.defineProperty(Buffer.prototype, "offset", {
		enumerable: true,
		get: function() {
			if (!Buffer.isBuffer(this)) return void 0;
			return this.byteOffset;
		}
	});
	function createBuffer(length) {
		if (length > K_MAX_LENGTH) throw new RangeError("The value \"" + length + "\" is invalid for option \"size\"");
		const buf = new Uint8Array(length);
		Object.setPrototypeOf(buf, Buffer.prototype);
		return buf;
	}
	/**
	* The Buffer constructor returns instances of `Uint8Array` that have their
	* prototype changed to `Buffer.prototype`. Furthermore, `Buffer` is a subclass of
	* `Uint8Array`, so the returned instances will have all the node `Buffer` methods
	* and the `Uint8Array` methods. Square bracket notation works as expected -- it
	* returns a single octet.
	*
	* The `Uint8Array` prototype remains unmodified.
	*/
	function Buffer(arg, encodingOrOffset, length) {
		if (typeof arg === "number") {
			if (typeof encodingOrOffset === "string") throw new TypeError("The \"string\" argument must be of type string. Received type number");
			return allocUnsafe(arg);
		}
		return from(arg, encodingOrOffset, length);
	}
	Buffer.poolSize = 8192;
	function from(value, encodingOrOffset, length) {
		if (typeof value === "string") return fromString(value, encodingOrOffset);
		if (ArrayBuffer.isView(value)) return fromArrayView(value);
		if (value == null) throw new TypeError("The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type " + typeof value);
		if (isInstance(value, ArrayBuffer) || value && isInstance(value.buffer, ArrayBuffer)) return fromArrayBuffer(value, encodingOrOffset, length);
		if (typeof SharedArrayBuffer !== "undefined" && (isInstance(value, SharedArrayBuffer) || value && isInstance(value.buffer, SharedArrayBuffer))) return fromArrayBuffer(value, encodingOrOffset, length);
		if (typeof value === "number") throw new TypeError("The \"value\" argument must not be of type number. Received type number");
		const valueOf = value.valueOf && value.valueOf();
		if (valueOf != null && valueOf !== value) return Buffer.from(valueOf, encodingOrOffset, length);
		const b = fromObject(value);
		if (b) return b;
		if (typeof Symbol !== "undefined" && Symbol.toPrimitive != null && typeof value[Symbol.toPrimitive] === "function") return Buffer.from(value[Symbol.toPrimitive]("string"), encodingOrOffset, length);
		throw new TypeError("The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type " + typeof value);
	}
	/**
	* Functionally equivalent to Buffer(arg, encoding) but throws a TypeError
	* if value is a number.
	* Buffer.from(str[, encoding])
	* Buffer.from(array)
	* Buffer.from(buffer)
	* Buffer.from(arrayBuffer[, byteOffset[, length]])
	**/
	Buffer.from = function(value, encodingOrOffset, length) {
		return from(value, encodingOrOffset, length);
	};
	Object.setPrototypeOf(Buffer.prototype, Uint8Array.prototype);
	Object.setPrototypeOf(Buffer, Uint8Array);
	function assertSize(size) {
		if (typeof size !== "number") throw new TypeError("\"size\" argument must be of type number");
		else if (size < 0) throw new RangeError("The value \"" + size + "\" is invalid for option \"size\"");
	}
	function alloc(size, fill, encoding) {
		assertSize(size);
		if (size <= 0) return createBuffer(size);
		if (fill !== void 0) return typeof encoding === "string" ? createBuffer(size).fill(fill, encoding) : createBuffer(size).fill(fill);
		return createBuffer(size);
	}
	/**
	* Creates a new filled Buffer instance.
	* alloc(size[, fill[, encoding]])
	**/
	Buffer.alloc = function(size, fill, encoding) {
		return alloc(size, fill, encoding);
	};
	function allocUnsafe(size) {
		assertSize(size);
		return createBuffer(size < 0 ? 0 : checked(size) | 0);
	}
	/**
	* Equivalent to Buffer(num), by default creates a non-zero-filled Buffer instance.
	* */
	Buffer.allocUnsafe = function(size) {
		return allocUnsafe(size);
	};
	/**
	* Equivalent to SlowBuffer(num), by default creates a non-zero-filled Buffer instance.
	*/
	Buffer.allocUnsafeSlow = function(size) {
		return allocUnsafe(size);
	};
	function fromString(string, encoding) {
		if (typeof encoding !== "string" || encoding === "") encoding = "utf8";
		if (!Buffer.isEncoding(encoding)) throw new TypeError("Unknown encoding: " + encoding);
		const length = byteLength(string, encoding) | 0;
		let buf = createBuffer(length);
		const actual = buf.write(string, encoding);
		if (actual !== length) buf = buf.slice(0, actual);
		return buf;
	}
	function fromArrayLike(array) {
		const length = array.length < 0 ? 0 : checked(array.length) | 0;
		const buf = createBuffer(length);
		for (let i = 0; i < length; i += 1) buf[i] = array[i] & 255;
		return buf;
	}
	function fromArrayView(arrayView) {
		if (isInstance(arrayView, Uint8Array)) {
			const copy = new Uint8Array(arrayView);
			return fromArrayBuffer(copy.buffer, copy.byteOffset, copy.byteLength);
		}
		return fromArrayLike(arrayView);
	}
	function fromArrayBuffer(array, byteOffset, length) {
		if (byteOffset < 0 || array.byteLength < byteOffset) throw new RangeError("\"offset\" is outside of buffer bounds");
		if (array.byteLength < byteOffset + (length || 0)) throw new RangeError("\"length\" is outside of buffer bounds");
		let buf;
		if (byteOffset === void 0 && length === void 0) buf = new Uint8Array(array);
		else if (length === void 0) buf = new Uint8Array(array, byteOffset);
		else buf = new Uint8Array(array, byteOffset, length);
		Object.setPrototypeOf(buf, Buffer.prototype);
		return buf;
	}
	function fromObject(obj) {
		if (Buffer.isBuffer(obj)) {
			const len = checked(obj.length) | 0;
			const buf = createBuffer(len);
			if (buf.length === 0) return buf;
			obj.copy(buf, 0, 0, len);
			return buf;
		}
		if (obj.length !== void 0) {
			if (typeof obj.length !== "number" || numberIsNaN(obj.length)) return createBuffer(0);
			return fromArrayLike(obj);
		}
		if (obj.type === "Buffer" && Array.isArray(obj.data)) return fromArrayLike(obj.data);
	}
	function checked(length) {
		if (length >= K_MAX_LENGTH) throw new RangeError("Attempt to allocate Buffer larger than maximum size: 0x" + K_MAX_LENGTH.toString(16) + " bytes");
		return length | 0;
	}
	function SlowBuffer(length) {
		if (+length != length) length = 0;
		return Buffer.alloc(+length);
	}
	Buffer.isBuffer = function isBuffer(b) {
		return b != null && b._isBuffer === true && b !== Buffer.prototype;
	};
	Buffer.compare = function compare(a, b) {
		if (isInstance(a, Uint8Array)) a = Buffer.from(a, a.offset, a.byteLength);
		if (isInstance(b, Uint8Array)) b = Buffer.from(b, b.offset, b.byteLength);
		if (!Buffer.isBuffer(a) || !Buffer.isBuffer(b)) throw new TypeError("The \"buf1\", \"buf2\" arguments must be one of type Buffer or Uint8Array");
		if (a === b) return 0;
		let x = a.length;
		let y = b.length;
		for (let i = 0, len = Math.min(x, y); i < len; ++i) if (a[i] !== b[i]) {
			x = a[i];
			y = b[i];
			break;
		}
		if (x < y) return -1;
		if (y < x) return 1;
		return 0;
	};
	Buffer.isEncoding = function isEncoding(encoding) {
		switch (String(encoding).toLowerCase()) {
			case "hex":
			case "utf8":
			case "utf-8":
			case "ascii":
			case "latin1":
			case "binary":
			case "base64":
			case "ucs2":
			case "ucs-2":
			case "utf16le":
			case "utf-16le": return true;
			default: return false;
		}
	};
	Buffer.concat = function concat(list, length) {
		if (!Array.isArray(list)) throw new TypeError("\"list\" argument must be an Array of Buffers");
		if (list.length === 0) return Buffer.alloc(0);
		let i;
		if (length === void 0) {
			length = 0;
			for (i = 0; i < list.length; ++i) length += list[i].length;
		}
		const buffer = Buffer.allocUnsafe(length);
		let pos = 0;
		for (i = 0; i < list.length; ++i) {
			let buf = list[i];
			if (isInstance(buf, Uint8Array)) {
				if (pos + buf.length > buffer.length) {
					if (!Buffer.isBuffer(buf)) buf = Buffer.from(buf);
					buf.copy(buffer, pos);
				} else Uint8Array.prototype.set.call(buffer, buf, pos);
			} else if (!Buffer.isBuffer(buf)) throw new TypeError("\"list\" argument must be an Array of Buffers");
			else buf.copy(buffer, pos);
			pos += buf.length;
		}
		return buffer;
	};
	function byteLength(string, encoding) {
		if (Buffer.isBuffer(string)) return string.length;
		if (ArrayBuffer.isView(string) || isInstance(string, ArrayBuffer)) return string.byteLength;
		if (typeof string !== "string") throw new TypeError("The \"string\" argument must be one of type string, Buffer, or ArrayBuffer. Received type " + typeof string);
		const len = string.length;
		const mustMatch = arguments.length > 2 && arguments[2] === true;
		if (!mustMatch && len === 0) return 0;
		let loweredCase = false;
		for (;;) switch (encoding) {
			case "ascii":
			case "latin1":
			case "binary": return len;
			case "utf8":
			case "utf-8": return utf8ToBytes(string).length;
			case "ucs2":
			case "ucs-2":
			case "utf16le":
			case "utf-16le": return len * 2;
			case "hex": return len >>> 1;
			case "base64": return base64ToBytes(string).length;
			default:
				if (loweredCase) return mustMatch ? -1 : utf8ToBytes(string).length;
				encoding = ("" + encoding).toLowerCase();
				loweredCase = true;
		}
	}
	Buffer.byteLength = byteLength;
	function slowToString(encoding, start, end) {
		let loweredCase = false;
		if (start === void 0 || start < 0) start = 0;
		if (start > this.length) return "";
		if (end === void 0 || end > this.length) end = this.length;
		if (end <= 0) return "";
		end >>>= 0;
		start >>>= 0;
		if (end <= start) return "";
		if (!encoding) encoding = "utf8";
		while (true) switch (encoding) {
			case "hex": return hexSlice(this, start, end);
			case "utf8":
			case "utf-8": return utf8Slice(this, start, end);
			case "ascii": return asciiSlice(this, start, end);
			case "latin1":
			case "binary": return latin1Slice(this, start, end);
			case "base64": return base64Slice(this, start, end);
			case "ucs2":
			case "ucs-2":
			case "utf16le":
			case "utf-16le": return utf16leSlice(this, start, end);
			default:
				if (loweredCase) throw new TypeError("Unknown encoding: " + encoding);
				encoding = (encoding + "").toLowerCase();
				loweredCase = true;
		}
	}
	Buffer.prototype._isBuffer = true;
	function swap(b, n, m) {
		const i = b[n];
		b[n] = b[m];
		b[m] = i;
	}
	Buffer.prototype.swap16 = function swap16() {
		const len = this.length;
		if (len % 2 !== 0) throw new RangeError("Buffer size must be a multiple of 16-bits");
		for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
		return this;
	};
	Buffer.prototype.swap32 = function swap32() {
		const len = this.length;
		if (len % 4 !== 0) throw new RangeError("Buffer size must be a multiple of 32-bits");
		for (let i = 0; i < len; i += 4) {
			swap(this, i, i + 3);
			swap(this, i + 1, i + 2);
		}
		return this;
	};
	Buffer.prototype.swap64 = function swap64() {
		const len = this.length;
		if (len % 8 !== 0) throw new RangeError("Buffer size must be a multiple of 64-bits");
		for (let i = 0; i < len; i += 8) {
			swap(this, i, i + 7);
			swap(this, i + 1, i + 6);
			swap(this, i + 2, i + 5);
			swap(this, i + 3, i + 4);
		}
		return this;
	};
	Buffer.prototype.toString = function toString() {
		const length = this.length;
		if (length === 0) return "";
		if (arguments.length === 0) return utf8Slice(this, 0, length);
		return slowToString.apply(this, arguments);
	};
	Buffer.prototype.toLocaleString = Buffer.prototype.toString;
	Buffer.prototype.equals = function equals(b) {
		if (!Buffer.isBuffer(b)) throw new TypeError("Argument must be a Buffer");
		if (this === b) return true;
		return Buffer.compare(this, b) === 0;
	};
	Buffer.prototype.inspect = function inspect() {
		let str = "";
		const max = exports.INSPECT_MAX_BYTES;
		str = this.toString("hex", 0, max).replace(/(.{2})/g, "$1 ").trim();
		if (this.length > max) str += " ... ";
		return "<Buffer " + str + ">";
	};
	if (customInspectSymbol) Buffer.prototype[customInspectSymbol] = Buffer.prototype.inspect;
	Buffer.prototype.compare = function compare(target, start, end, thisStart, thisEnd) {
		if (isInstance(target, Uint8Array)) target = Buffer.from(target, target.offset, target.byteLength);
		if (!Buffer.isBuffer(target)) throw new TypeError("The \"target\" argument must be one of type Buffer or Uint8Array. Received type " + typeof target);
		if (start === void 0) start = 0;
		if (end === void 0) end = target ? target.length : 0;
		if (thisStart === void 0) thisStart = 0;
		if (thisEnd === void 0) thisEnd = this.length;
		if (start < 0 || end > target.length || thisStart < 0 || thisEnd > this.length) throw new RangeError("out of range index");
		if (thisStart >= thisEnd && start >= end) return 0;
		if (thisStart >= thisEnd) return -1;
		if (start >= end) return 1;
		start >>>= 0;
		end >>>= 0;
		thisStart >>>= 0;
		thisEnd >>>= 0;
		if (this === target) return 0;
		let x = thisEnd - thisStart;
		let y = end - start;
		const len = Math.min(x, y);
		const thisCopy = this.slice(thisStart, thisEnd);
		const targetCopy = target.slice(start, end);
		for (let i = 0; i < len; ++i) if (thisCopy[i] !== targetCopy[i]) {
			x = thisCopy[i];
			y = targetCopy[i];
			break;
		}
		if (x < y) return -1;
		if (y < x) return 1;
		return 0;
	};
	function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
		if (buffer.length === 0) return -1;
		if (typeof byteOffset === "string") {
			encoding = byteOffset;
			byteOffset = 0;
		} else if (byteOffset > 2147483647) byteOffset = 2147483647;
		else if (byteOffset < -2147483648) byteOffset = -2147483648;
		byteOffset = +byteOffset;
		if (numberIsNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length - 1;
		if (byteOffset < 0) byteOffset = buffer.length + byteOffset;
		if (byteOffset >= buffer.length) {
			if (dir) return -1;
			else byteOffset = buffer.length - 1;
		} else if (byteOffset < 0) {
			if (dir) byteOffset = 0;
			else return -1;
		}
		if (typeof val === "string") val = Buffer.from(val, encoding);
		if (Buffer.isBuffer(val)) {
			if (val.length === 0) return -1;
			return arrayIndexOf(buffer, val, byteOffset, encoding, dir);
		} else if (typeof val === "number") {
			val = val & 255;
			if (typeof Uint8Array.prototype.indexOf === "function") {
				if (dir) return Uint8Array.prototype.indexOf.call(buffer, val, byteOffset);
				else return Uint8Array.prototype.lastIndexOf.call(buffer, val, byteOffset);
			}
			return arrayIndexOf(buffer, [val], byteOffset, encoding, dir);
		}
		throw new TypeError("val must be string, number or Buffer");
	}
	function arrayIndexOf(arr, val, byteOffset, encoding, dir) {
		let indexSize = 1;
		let arrLength = arr.length;
		let valLength = val.length;
		if (encoding !== void 0) {
			encoding = String(encoding).toLowerCase();
			if (encoding === "ucs2" || encoding === "ucs-2" || encoding === "utf16le" || encoding === "utf-16le") {
				if (arr.length < 2 || val.length < 2) return -1;
				indexSize = 2;
				arrLength /= 2;
				valLength /= 2;
				byteOffset /= 2;
			}
		}
		function read(buf, i) {
			if (indexSize === 1) return buf[i];
			else return buf.readUInt16BE(i * indexSize);
		}
		let i;
		if (dir) {
			let foundIndex = -1;
			for (i = byteOffset; i < arrLength; i++) if (read(arr, i) === read(val, foundIndex === -1 ? 0 : i - foundIndex)) {
				if (foundIndex === -1) foundIndex = i;
				if (i - foundIndex + 1 === valLength) return foundIndex * indexSize;
			} else {
				if (foundIndex !== -1) i -= i - foundIndex;
				foundIndex = -1;
			}
		} else {
			if (byteOffset + valLength > arrLength) byteOffset = arrLength - valLength;
			for (i = byteOffset; i >= 0; i--) {
				let found = true;
				for (let j = 0; j < valLength; j++) if (read(arr, i + j) !== read(val, j)) {
					found = false;
					break;
				}
				if (found) return i;
			}
		}
		return -1;
	}
	Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
		return this.indexOf(val, byteOffset, encoding) !== -1;
	};
	Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
		return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
	};
	Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
		return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
	};
	function hexWrite(buf, string, offset, length) {
		offset = Number(offset) || 0;
		const remaining = buf.length - offset;
		if (!length) length = remaining;
		else {
			length = Number(length);
			if (length > remaining) length = remaining;
		}
		const strLen = string.length;
		if (length > strLen / 2) length = strLen / 2;
		let i = 0;
		for (; i < length; ++i) {
			const parsed = parseInt(string.substr(i * 2, 2), 16);
			if (numberIsNaN(parsed)) return i;
			buf[offset + i] = parsed;
		}
		return i;
	}
	function utf8Write(buf, string, offset, length) {
		return blitBuffer(utf8ToBytes(string, buf.length - offset), buf, offset, length);
	}
	function asciiWrite(buf, string, offset, length) {
		return blitBuffer(asciiToBytes(string), buf, offset, length);
	}
	function base64Write(buf, string, offset, length) {
		return blitBuffer(base64ToBytes(string), buf, offset, length);
	}
	function ucs2Write(buf, string, offset, length) {
		return blitBuffer(utf16leToBytes(string, buf.length - offset), buf, offset, length);
	}
	Buffer.prototype.write = function write(string, offset, length, encoding) {
		if (offset === void 0) {
			encoding = "utf8";
			length = this.length;
			offset = 0;
		} else if (length === void 0 && typeof offset === "string") {
			encoding = offset;
			length = this.length;
			offset = 0;
		} else if (isFinite(offset)) {
			offset = offset >>> 0;
			if (isFinite(length)) {
				length = length >>> 0;
				if (encoding === void 0) encoding = "utf8";
			} else {
				encoding = length;
				length = void 0;
			}
		} else throw new Error("Buffer.write(string, encoding, offset[, length]) is no longer supported");
		const remaining = this.length - offset;
		if (length === void 0 || length > remaining) length = remaining;
		if (string.length > 0 && (length < 0 || offset < 0) || offset > this.length) throw new RangeError("Attempt to write outside buffer bounds");
		if (!encoding) encoding = "utf8";
		let loweredCase = false;
		for (;;) switch (encoding) {
			case "hex": return hexWrite(this, string, offset, length);
			case "utf8":
			case "utf-8": return utf8Write(this, string, offset, length);
			case "ascii":
			case "latin1":
			case "binary": return asciiWrite(this, string, offset, length);
			case "base64": return base64Write(this, string, offset, length);
			case "ucs2":
			case "ucs-2":
			case "utf16le":
			case "utf-16le": return ucs2Write(this, string, offset, length);
			default:
				if (loweredCase) throw new TypeError("Unknown encoding: " + encoding);
				encoding = ("" + encoding).toLowerCase();
				loweredCase = true;
		}
	};
	Buffer.prototype.toJSON = function toJSON() {
		return {
			type: "Buffer",
			data: Array.prototype.slice.call(this._arr || this, 0)
		};
	};
	function base64Slice(buf, start, end) {
		if (start === 0 && end === buf.length) return base64.fromByteArray(buf);
		else return base64.fromByteArray(buf.slice(start, end));
	}
	function utf8Slice(buf, start, end) {
		end = Math.min(buf.length, end);
		const res = [];
		let i = start;
		while (i < end) {
			const firstByte = buf[i];
			let codePoint = null;
			let bytesPerSequence = firstByte > 239 ? 4 : firstByte > 223 ? 3 : firstByte > 191 ? 2 : 1;
			if (i + bytesPerSequence <= end) {
				let secondByte, thirdByte, fourthByte, tempCodePoint;
				switch (bytesPerSequence) {
					case 1:
						if (firstByte < 128) codePoint = firstByte;
						break;
					case 2:
						secondByte = buf[i + 1];
						if ((secondByte & 192) === 128) {
							tempCodePoint = (firstByte & 31) << 6 | secondByte & 63;
							if (tempCodePoint > 127) codePoint = tempCodePoint;
						}
						break;
					case 3:
						secondByte = buf[i + 1];
						thirdByte = buf[i + 2];
						if ((secondByte & 192) === 128 && (thirdByte & 192) === 128) {
							tempCodePoint = (firstByte & 15) << 12 | (secondByte & 63) << 6 | thirdByte & 63;
							if (tempCodePoint > 2047 && (tempCodePoint < 55296 || tempCodePoint > 57343)) codePoint = tempCodePoint;
						}
						break;
					case 4:
						secondByte = buf[i + 1];
						thirdByte = buf[i + 2];
						fourthByte = buf[i + 3];
						if ((secondByte & 192) === 128 && (thirdByte & 192) === 128 && (fourthByte & 192) === 128) {
							tempCodePoint = (firstByte & 15) << 18 | (secondByte & 63) << 12 | (thirdByte & 63) << 6 | fourthByte & 63;
							if (tempCodePoint > 65535 && tempCodePoint < 1114112) codePoint = tempCodePoint;
						}
				}
			}
			if (codePoint === null) {
				codePoint = 65533;
				bytesPerSequence = 1;
			} else if (codePoint > 65535) {
				codePoint -= 65536;
				res.push(codePoint >>> 10 & 1023 | 55296);
				codePoint = 56320 | codePoint & 1023;
			}
			res.push(codePoint);
			i += bytesPerSequence;
		}
		return decodeCodePointsArray(res);
	}
	var MAX_ARGUMENTS_LENGTH = 4096;
	function decodeCodePointsArray(codePoints) {
		const len = codePoints.length;
		if (len <= MAX_ARGUMENTS_LENGTH) return String.fromCharCode.apply(String, codePoints);
		let res = "";
		let i = 0;
		while (i < len) res += String.fromCharCode.apply(String, codePoints.slice(i, i += MAX_ARGUMENTS_LENGTH));
		return res;
	}
	function asciiSlice(buf, start, end) {
		let ret = "";
		end = Math.min(buf.length, end);
		for (let i = start; i < end; ++i) ret += String.fromCharCode(buf[i] & 127);
		return ret;
	}
	function latin1Slice(buf, start, end) {
		let ret = "";
		end = Math.min(buf.length, end);
		for (let i = start; i < end; ++i) ret += String.fromCharCode(buf[i]);
		return ret;
	}
	function hexSlice(buf, start, end) {
		const len = buf.length;
		if (!start || start < 0) start = 0;
		if (!end || end < 0 || end > len) end = len;
		let out = "";
		for (let i = start; i < end; ++i) out += hexSliceLookupTable[buf[i]];
		return out;
	}
	function utf16leSlice(buf, start, end) {
		const bytes = buf.slice(start, end);
		let res = "";
		for (let i = 0; i < bytes.length - 1; i += 2) res += String.fromCharCode(bytes[i] + bytes[i + 1] * 256);
		return res;
	}
	Buffer.prototype.slice = function slice(start, end) {
		const len = this.length;
		start = ~~start;
		end = end === void 0 ? len : ~~end;
		if (start < 0) {
			start += len;
			if (start < 0) start = 0;
		} else if (start > len) start = len;
		if (end < 0) {
			end += len;
			if (end < 0) end = 0;
		} else if (end > len) end = len;
		if (end < start) end = start;
		const newBuf = this.subarray(start, end);
		Object.setPrototypeOf(newBuf, Buffer.prototype);
		return newBuf;
	};
	function checkOffset(offset, ext, length) {
		if (offset % 1 !== 0 || offset < 0) throw new RangeError("offset is not uint");
		if (offset + ext > length) throw new RangeError("Trying to access beyond buffer length");
	}
	Buffer.prototype.readUintLE = Buffer.prototype.readUIntLE = function readUIntLE(offset, byteLength, noAssert) {
		offset = offset >>> 0;
		byteLength = byteLength >>> 0;
		if (!noAssert) checkOffset(offset, byteLength, this.length);
		let val = this[offset];
		let mul = 1;
		let i = 0;
		while (++i < byteLength && (mul *= 256)) val += this[offset + i] * mul;
		return val;
	};
	Buffer.prototype.readUintBE = Buffer.prototype.readUIntBE = function readUIntBE(offset, byteLength, noAssert) {
		offset = offset >>> 0;
		byteLength = byteLength >>> 0;
		if (!noAssert) checkOffset(offset, byteLength, this.length);
		let val = this[offset + --byteLength];
		let mul = 1;
		while (byteLength > 0 && (mul *= 256)) val += this[offset + --byteLength] * mul;
		return val;
	};
	Buffer.prototype.readUint8 = Buffer.prototype.readUInt8 = function readUInt8(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 1, this.length);
		return this[offset];
	};
	Buffer.prototype.readUint16LE = Buffer.prototype.readUInt16LE = function readUInt16LE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 2, this.length);
		return this[offset] | this[offset + 1] << 8;
	};
	Buffer.prototype.readUint16BE = Buffer.prototype.readUInt16BE = function readUInt16BE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 2, this.length);
		return this[offset] << 8 | this[offset + 1];
	};
	Buffer.prototype.readUint32LE = Buffer.prototype.readUInt32LE = function readUInt32LE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 4, this.length);
		return (this[offset] | this[offset + 1] << 8 | this[offset + 2] << 16) + this[offset + 3] * 16777216;
	};
	Buffer.prototype.readUint32BE = Buffer.prototype.readUInt32BE = function readUInt32BE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 4, this.length);
		return this[offset] * 16777216 + (this[offset + 1] << 16 | this[offset + 2] << 8 | this[offset + 3]);
	};
	Buffer.prototype.readBigUInt64LE = defineBigIntMethod(function readBigUInt64LE(offset) {
		offset = offset >>> 0;
		validateNumber(offset, "offset");
		const first = this[offset];
		const last = this[offset + 7];
		if (first === void 0 || last === void 0) boundsError(offset, this.length - 8);
		const lo = first + this[++offset] * 256 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
		const hi = this[++offset] + this[++offset] * 256 + this[++offset] * 2 ** 16 + last * 2 ** 24;
		return BigInt(lo) + (BigInt(hi) << BigInt(32));
	});
	Buffer.prototype.readBigUInt64BE = defineBigIntMethod(function readBigUInt64BE(offset) {
		offset = offset >>> 0;
		validateNumber(offset, "offset");
		const first = this[offset];
		const last = this[offset + 7];
		if (first === void 0 || last === void 0) boundsError(offset, this.length - 8);
		const hi = first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 256 + this[++offset];
		const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 256 + last;
		return (BigInt(hi) << BigInt(32)) + BigInt(lo);
	});
	Buffer.prototype.readIntLE = function readIntLE(offset, byteLength, noAssert) {
		offset = offset >>> 0;
		byteLength = byteLength >>> 0;
		if (!noAssert) checkOffset(offset, byteLength, this.length);
		let val = this[offset];
		let mul = 1;
		let i = 0;
		while (++i < byteLength && (mul *= 256)) val += this[offset + i] * mul;
		mul *= 128;
		if (val >= mul) val -= Math.pow(2, 8 * byteLength);
		return val;
	};
	Buffer.prototype.readIntBE = function readIntBE(offset, byteLength, noAssert) {
		offset = offset >>> 0;
		byteLength = byteLength >>> 0;
		if (!noAssert) checkOffset(offset, byteLength, this.length);
		let i = byteLength;
		let mul = 1;
		let val = this[offset + --i];
		while (i > 0 && (mul *= 256)) val += this[offset + --i] * mul;
		mul *= 128;
		if (val >= mul) val -= Math.pow(2, 8 * byteLength);
		return val;
	};
	Buffer.prototype.readInt8 = function readInt8(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 1, this.length);
		if (!(this[offset] & 128)) return this[offset];
		return (255 - this[offset] + 1) * -1;
	};
	Buffer.prototype.readInt16LE = function readInt16LE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 2, this.length);
		const val = this[offset] | this[offset + 1] << 8;
		return val & 32768 ? val | 4294901760 : val;
	};
	Buffer.prototype.readInt16BE = function readInt16BE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 2, this.length);
		const val = this[offset + 1] | this[offset] << 8;
		return val & 32768 ? val | 4294901760 : val;
	};
	Buffer.prototype.readInt32LE = function readInt32LE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 4, this.length);
		return this[offset] | this[offset + 1] << 8 | this[offset + 2] << 16 | this[offset + 3] << 24;
	};
	Buffer.prototype.readInt32BE = function readInt32BE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 4, this.length);
		return this[offset] << 24 | this[offset + 1] << 16 | this[offset + 2] << 8 | this[offset + 3];
	};
	Buffer.prototype.readBigInt64LE = defineBigIntMethod(function readBigInt64LE(offset) {
		offset = offset >>> 0;
		validateNumber(offset, "offset");
		const first = this[offset];
		const last = this[offset + 7];
		if (first === void 0 || last === void 0) boundsError(offset, this.length - 8);
		const val = this[offset + 4] + this[offset + 5] * 256 + this[offset + 6] * 2 ** 16 + (last << 24);
		return (BigInt(val) << BigInt(32)) + BigInt(first + this[++offset] * 256 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24);
	});
	Buffer.prototype.readBigInt64BE = defineBigIntMethod(function readBigInt64BE(offset) {
		offset = offset >>> 0;
		validateNumber(offset, "offset");
		const first = this[offset];
		const last = this[offset + 7];
		if (first === void 0 || last === void 0) boundsError(offset, this.length - 8);
		const val = (first << 24) + this[++offset] * 2 ** 16 + this[++offset] * 256 + this[++offset];
		return (BigInt(val) << BigInt(32)) + BigInt(this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 256 + last);
	});
	Buffer.prototype.readFloatLE = function readFloatLE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 4, this.length);
		return ieee754.read(this, offset, true, 23, 4);
	};
	Buffer.prototype.readFloatBE = function readFloatBE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 4, this.length);
		return ieee754.read(this, offset, false, 23, 4);
	};
	Buffer.prototype.readDoubleLE = function readDoubleLE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 8, this.length);
		return ieee754.read(this, offset, true, 52, 8);
	};
	Buffer.prototype.readDoubleBE = function readDoubleBE(offset, noAssert) {
		offset = offset >>> 0;
		if (!noAssert) checkOffset(offset, 8, this.length);
		return ieee754.read(this, offset, false, 52, 8);
	};
	function checkInt(buf, value, offset, ext, max, min) {
		if (!Buffer.isBuffer(buf)) throw new TypeError("\"buffer\" argument must be a Buffer instance");
		if (value > max || value < min) throw new RangeError("\"value\" argument is out of bounds");
		if (offset + ext > buf.length) throw new RangeError("Index out of range");
	}
	Buffer.prototype.writeUintLE = Buffer.prototype.writeUIntLE = function writeUIntLE(value, offset, byteLength, noAssert) {
		value = +value;
		offset = offset >>> 0;
		byteLength = byteLength >>> 0;
		if (!noAssert) {
			const maxBytes = Math.pow(2, 8 * byteLength) - 1;
			checkInt(this, value, offset, byteLength, maxBytes, 0);
		}
		let mul = 1;
		let i = 0;
		this[offset] = value & 255;
		while (++i < byteLength && (mul *= 256)) this[offset + i] = value / mul & 255;
		return offset + byteLength;
	};
	Buffer.prototype.writeUintBE = Buffer.prototype.writeUIntBE = function writeUIntBE(value, offset, byteLength, noAssert) {
		value = +value;
		offset = offset >>> 0;
		byteLength = byteLength >>> 0;
		if (!noAssert) {
			const maxBytes = Math.pow(2, 8 * byteLength) - 1;
			checkInt(this, value, offset, byteLength, maxBytes, 0);
		}
		let i = byteLength - 1;
		let mul = 1;
		this[offset + i] = value & 255;
		while (--i >= 0 && (mul *= 256)) this[offset + i] = value / mul & 255;
		return offset + byteLength;
	};
	Buffer.prototype.writeUint8 = Buffer.prototype.writeUInt8 = function writeUInt8(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 1, 255, 0);
		this[offset] = value & 255;
		return offset + 1;
	};
	Buffer.prototype.writeUint16LE = Buffer.prototype.writeUInt16LE = function writeUInt16LE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 2, 65535, 0);
		this[offset] = value & 255;
		this[offset + 1] = value >>> 8;
		return offset + 2;
	};
	Buffer.prototype.writeUint16BE = Buffer.prototype.writeUInt16BE = function writeUInt16BE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 2, 65535, 0);
		this[offset] = value >>> 8;
		this[offset + 1] = value & 255;
		return offset + 2;
	};
	Buffer.prototype.writeUint32LE = Buffer.prototype.writeUInt32LE = function writeUInt32LE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 4, 4294967295, 0);
		this[offset + 3] = value >>> 24;
		this[offset + 2] = value >>> 16;
		this[offset + 1] = value >>> 8;
		this[offset] = value & 255;
		return offset + 4;
	};
	Buffer.prototype.writeUint32BE = Buffer.prototype.writeUInt32BE = function writeUInt32BE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 4, 4294967295, 0);
		this[offset] = value >>> 24;
		this[offset + 1] = value >>> 16;
		this[offset + 2] = value >>> 8;
		this[offset + 3] = value & 255;
		return offset + 4;
	};
	function wrtBigUInt64LE(buf, value, offset, min, max) {
		checkIntBI(value, min, max, buf, offset, 7);
		let lo = Number(value & BigInt(4294967295));
		buf[offset++] = lo;
		lo = lo >> 8;
		buf[offset++] = lo;
		lo = lo >> 8;
		buf[offset++] = lo;
		lo = lo >> 8;
		buf[offset++] = lo;
		let hi = Number(value >> BigInt(32) & BigInt(4294967295));
		buf[offset++] = hi;
		hi = hi >> 8;
		buf[offset++] = hi;
		hi = hi >> 8;
		buf[offset++] = hi;
		hi = hi >> 8;
		buf[offset++] = hi;
		return offset;
	}
	function wrtBigUInt64BE(buf, value, offset, min, max) {
		checkIntBI(value, min, max, buf, offset, 7);
		let lo = Number(value & BigInt(4294967295));
		buf[offset + 7] = lo;
		lo = lo >> 8;
		buf[offset + 6] = lo;
		lo = lo >> 8;
		buf[offset + 5] = lo;
		lo = lo >> 8;
		buf[offset + 4] = lo;
		let hi = Number(value >> BigInt(32) & BigInt(4294967295));
		buf[offset + 3] = hi;
		hi = hi >> 8;
		buf[offset + 2] = hi;
		hi = hi >> 8;
		buf[offset + 1] = hi;
		hi = hi >> 8;
		buf[offset] = hi;
		return offset + 8;
	}
	Buffer.prototype.writeBigUInt64LE = defineBigIntMethod(function writeBigUInt64LE(value, offset = 0) {
		return wrtBigUInt64LE(this, value, offset, BigInt(0), BigInt("0xffffffffffffffff"));
	});
	Buffer.prototype.writeBigUInt64BE = defineBigIntMethod(function writeBigUInt64BE(value, offset = 0) {
		return wrtBigUInt64BE(this, value, offset, BigInt(0), BigInt("0xffffffffffffffff"));
	});
	Buffer.prototype.writeIntLE = function writeIntLE(value, offset, byteLength, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) {
			const limit = Math.pow(2, 8 * byteLength - 1);
			checkInt(this, value, offset, byteLength, limit - 1, -limit);
		}
		let i = 0;
		let mul = 1;
		let sub = 0;
		this[offset] = value & 255;
		while (++i < byteLength && (mul *= 256)) {
			if (value < 0 && sub === 0 && this[offset + i - 1] !== 0) sub = 1;
			this[offset + i] = (value / mul >> 0) - sub & 255;
		}
		return offset + byteLength;
	};
	Buffer.prototype.writeIntBE = function writeIntBE(value, offset, byteLength, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) {
			const limit = Math.pow(2, 8 * byteLength - 1);
			checkInt(this, value, offset, byteLength, limit - 1, -limit);
		}
		let i = byteLength - 1;
		let mul = 1;
		let sub = 0;
		this[offset + i] = value & 255;
		while (--i >= 0 && (mul *= 256)) {
			if (value < 0 && sub === 0 && this[offset + i + 1] !== 0) sub = 1;
			this[offset + i] = (value / mul >> 0) - sub & 255;
		}
		return offset + byteLength;
	};
	Buffer.prototype.writeInt8 = function writeInt8(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 1, 127, -128);
		if (value < 0) value = 255 + value + 1;
		this[offset] = value & 255;
		return offset + 1;
	};
	Buffer.prototype.writeInt16LE = function writeInt16LE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 2, 32767, -32768);
		this[offset] = value & 255;
		this[offset + 1] = value >>> 8;
		return offset + 2;
	};
	Buffer.prototype.writeInt16BE = function writeInt16BE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 2, 32767, -32768);
		this[offset] = value >>> 8;
		this[offset + 1] = value & 255;
		return offset + 2;
	};
	Buffer.prototype.writeInt32LE = function writeInt32LE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 4, 2147483647, -2147483648);
		this[offset] = value & 255;
		this[offset + 1] = value >>> 8;
		this[offset + 2] = value >>> 16;
		this[offset + 3] = value >>> 24;
		return offset + 4;
	};
	Buffer.prototype.writeInt32BE = function writeInt32BE(value, offset, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkInt(this, value, offset, 4, 2147483647, -2147483648);
		if (value < 0) value = 4294967295 + value + 1;
		this[offset] = value >>> 24;
		this[offset + 1] = value >>> 16;
		this[offset + 2] = value >>> 8;
		this[offset + 3] = value & 255;
		return offset + 4;
	};
	Buffer.prototype.writeBigInt64LE = defineBigIntMethod(function writeBigInt64LE(value, offset = 0) {
		return wrtBigUInt64LE(this, value, offset, -BigInt("0x8000000000000000"), BigInt("0x7fffffffffffffff"));
	});
	Buffer.prototype.writeBigInt64BE = defineBigIntMethod(function writeBigInt64BE(value, offset = 0) {
		return wrtBigUInt64BE(this, value, offset, -BigInt("0x8000000000000000"), BigInt("0x7fffffffffffffff"));
	});
	function checkIEEE754(buf, value, offset, ext, max, min) {
		if (offset + ext > buf.length) throw new RangeError("Index out of range");
		if (offset < 0) throw new RangeError("Index out of range");
	}
	function writeFloat(buf, value, offset, littleEndian, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkIEEE754(buf, value, offset, 4, 34028234663852886e22, -34028234663852886e22);
		ieee754.write(buf, value, offset, littleEndian, 23, 4);
		return offset + 4;
	}
	Buffer.prototype.writeFloatLE = function writeFloatLE(value, offset, noAssert) {
		return writeFloat(this, value, offset, true, noAssert);
	};
	Buffer.prototype.writeFloatBE = function writeFloatBE(value, offset, noAssert) {
		return writeFloat(this, value, offset, false, noAssert);
	};
	function writeDouble(buf, value, offset, littleEndian, noAssert) {
		value = +value;
		offset = offset >>> 0;
		if (!noAssert) checkIEEE754(buf, value, offset, 8, 17976931348623157e292, -17976931348623157e292);
		ieee754.write(buf, value, offset, littleEndian, 52, 8);
		return offset + 8;
	}
	Buffer.prototype.writeDoubleLE = function writeDoubleLE(value, offset, noAssert) {
		return writeDouble(this, value, offset, true, noAssert);
	};
	Buffer.prototype.writeDoubleBE = function writeDoubleBE(value, offset, noAssert) {
		return writeDouble(this, value, offset, false, noAssert);
	};
	Buffer.prototype.copy = function copy(target, targetStart, start, end) {
		if (!Buffer.isBuffer(target)) throw new TypeError("argument should be a Buffer");
		if (!start) start = 0;
		if (!end && end !== 0) end = this.length;
		if (targetStart >= target.length) targetStart = target.length;
		if (!targetStart) targetStart = 0;
		if (end > 0 && end < start) end = start;
		if (end === start) return 0;
		if (target.length === 0 || this.length === 0) return 0;
		if (targetStart < 0) throw new RangeError("targetStart out of bounds");
		if (start < 0 || start >= this.length) throw new RangeError("Index out of range");
		if (end < 0) throw new RangeError("sourceEnd out of bounds");
		if (end > this.length) end = this.length;
		if (target.length - targetStart < end - start) end = target.length - targetStart + start;
		const len = end - start;
		if (this === target && typeof Uint8Array.prototype.copyWithin === "function") this.copyWithin(targetStart, start, end);
		else Uint8Array.prototype.set.call(target, this.subarray(start, end), targetStart);
		return len;
	};
	Buffer.prototype.fill = function fill(val, start, end, encoding) {
		if (typeof val === "string") {
			if (typeof start === "string") {
				encoding = start;
				start = 0;
				end = this.length;
			} else if (typeof end === "string") {
				encoding = end;
				end = this.length;
			}
			if (encoding !== void 0 && typeof encoding !== "string") throw new TypeError("encoding must be a string");
			if (typeof encoding === "string" && !Buffer.isEncoding(encoding)) throw new TypeError("Unknown encoding: " + encoding);
			if (val.length === 1) {
				const code = val.charCodeAt(0);
				if (encoding === "utf8" && code < 128 || encoding === "latin1") val = code;
			}
		} else if (typeof val === "number") val = val & 255;
		else if (typeof val === "boolean") val = Number(val);
		if (start < 0 || this.length < start || this.length < end) throw new RangeError("Out of range index");
		if (end <= start) return this;
		start = start >>> 0;
		end = end === void 0 ? this.length : end >>> 0;
		if (!val) val = 0;
		let i;
		if (typeof val === "number") for (i = start; i < end; ++i) this[i] = val;
		else {
			const bytes = Buffer.isBuffer(val) ? val : Buffer.from(val, encoding);
			const len = bytes.length;
			if (len === 0) throw new TypeError("The value \"" + val + "\" is invalid for argument \"value\"");
			for (i = 0; i < end - start; ++i) this[i + start] = bytes[i % len];
		}
		return this;
	};
	var errors = {};
	function E(sym, getMessage, Base) {
		errors[sym] = class NodeError extends Base {
			constructor() {
				super();
				Object.defineProperty(this, "message", {
					value: getMessage.apply(this, arguments),
					writable: true,
					configurable: true
				});
				this.name = `${this.name} [${sym}]`;
				this.stack;
				delete this.name;
			}
			get code() {
				return sym;
			}
			set code(value) {
				Object.defineProperty(this, "code", {
					configurable: true,
					enumerable: true,
					value,
					writable: true
				});
			}
			toString() {
				return `${this.name} [${sym}]: ${this.message}`;
			}
		};
	}
	E("ERR_BUFFER_OUT_OF_BOUNDS", function(name) {
		if (name) return `${name} is outside of buffer bounds`;
		return "Attempt to access memory outside buffer bounds";
	}, RangeError);
	E("ERR_INVALID_ARG_TYPE", function(name, actual) {
		return `The "${name}" argument must be of type number. Received type ${typeof actual}`;
	}, TypeError);
	E("ERR_OUT_OF_RANGE", function(str, range, input) {
		let msg = `The value of "${str}" is out of range.`;
		let received = input;
		if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
		else if (typeof input === "bigint") {
			received = String(input);
			if (input > BigInt(2) ** BigInt(32) || input < -(BigInt(2) ** BigInt(32))) received = addNumericalSeparator(received);
			received += "n";
		}
		msg += ` It must be ${range}. Received ${received}`;
		return msg;
	}, RangeError);
	function addNumericalSeparator(val) {
		let res = "";
		let i = val.length;
		const start = val[0] === "-" ? 1 : 0;
		for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
		return `${val.slice(0, i)}${res}`;
	}
	function checkBounds(buf, offset, byteLength) {
		validateNumber(offset, "offset");
		if (buf[offset] === void 0 || buf[offset + byteLength] === void 0) boundsError(offset, buf.length - (byteLength + 1));
	}
	function checkIntBI(value, min, max, buf, offset, byteLength) {
		if (value > max || value < min) {
			const n = typeof min === "bigint" ? "n" : "";
			let range;
			if (byteLength > 3) {
				if (min === 0 || min === BigInt(0)) range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
				else range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2 ** ${(byteLength + 1) * 8 - 1}${n}`;
			} else range = `>= ${min}${n} and <= ${max}${n}`;
			throw new errors.ERR_OUT_OF_RANGE("value", range, value);
		}
		checkBounds(buf, offset, byteLength);
	}
	function validateNumber(value, name) {
		if (typeof value !== "number") throw new errors.ERR_INVALID_ARG_TYPE(name, "number", value);
	}
	function boundsError(value, length, type) {
		if (Math.floor(value) !== value) {
			validateNumber(value, type);
			throw new errors.ERR_OUT_OF_RANGE(type || "offset", "an integer", value);
		}
		if (length < 0) throw new errors.ERR_BUFFER_OUT_OF_BOUNDS();
		throw new errors.ERR_OUT_OF_RANGE(type || "offset", `>= ${type ? 1 : 0} and <= ${length}`, value);
	}
	var INVALID_BASE64_RE = /[^+/0-9A-Za-z-_]/g;
	function base64clean(str) {
		str = str.split("=")[0];
		str = str.trim().replace(INVALID_BASE64_RE, "");
		if (str.length < 2) return "";
		while (str.length % 4 !== 0) str = str + "=";
		return str;
	}
	function utf8ToBytes(string, units) {
		units = units || Infinity;
		let codePoint;
		const length = string.length;
		let leadSurrogate = null;
		const bytes = [];
		for (let i = 0; i < length; ++i) {
			codePoint = string.charCodeAt(i);
			if (codePoint > 55295 && codePoint < 57344) {
				if (!leadSurrogate) {
					if (codePoint > 56319) {
						if ((units -= 3) > -1) bytes.push(239, 191, 189);
						continue;
					} else if (i + 1 === length) {
						if ((units -= 3) > -1) bytes.push(239, 191, 189);
						continue;
					}
					leadSurrogate = codePoint;
					continue;
				}
				if (codePoint < 56320) {
					if ((units -= 3) > -1) bytes.push(239, 191, 189);
					leadSurrogate = codePoint;
					continue;
				}
				codePoint = (leadSurrogate - 55296 << 10 | codePoint - 56320) + 65536;
			} else if (leadSurrogate) {
				if ((units -= 3) > -1) bytes.push(239, 191, 189);
			}
			leadSurrogate = null;
			if (codePoint < 128) {
				if ((units -= 1) < 0) break;
				bytes.push(codePoint);
			} else if (codePoint < 2048) {
				if ((units -= 2) < 0) break;
				bytes.push(codePoint >> 6 | 192, codePoint & 63 | 128);
			} else if (codePoint < 65536) {
				if ((units -= 3) < 0) break;
				bytes.push(codePoint >> 12 | 224, codePoint >> 6 & 63 | 128, codePoint & 63 | 128);
			} else if (codePoint < 1114112) {
				if ((units -= 4) < 0) break;
				bytes.push(codePoint >> 18 | 240, codePoint >> 12 & 63 | 128, codePoint >> 6 & 63 | 128, codePoint & 63 | 128);
			} else throw new Error("Invalid code point");
		}
		return bytes;
	}
	function asciiToBytes(str) {
		const byteArray = [];
		for (let i = 0; i < str.length; ++i) byteArray.push(str.charCodeAt(i) & 255);
		return byteArray;
	}
	function utf16leToBytes(str, units) {
		let c, hi, lo;
		const byteArray = [];
		for (let i = 0; i < str.length; ++i) {
			if ((units -= 2) < 0) break;
			c = str.charCodeAt(i);
			hi = c >> 8;
			lo = c % 256;
			byteArray.push(lo);
			byteArray.push(hi);
		}
		return byteArray;
	}
	function base64ToBytes(str) {
		return base64.toByteArray(base64clean(str));
	}
	function blitBuffer(src, dst, offset, length) {
		let i = 0;
		for (; i < length; ++i) {
			if (i + offset >= dst.length || i >= src.length) break;
			dst[i + offset] = src[i];
		}
		return i;
	}
	function isInstance(obj, type) {
		return obj instanceof type || obj != null && obj.constructor != null && obj.constructor.name != null && obj.constructor.name === type.name;
	}
	function numberIsNaN(obj) {
		return obj !== obj;
	}
	var hexSliceLookupTable = (function() {
		const alphabet = "0123456789abcdef";
		const table = new Array(256);
		for (let i = 0; i < 16; ++i) {
			const i16 = i * 16;
			for (let j = 0; j < 16; ++j) table[i16 + j] = alphabet[i] + alphabet[j];
		}
		return table;
	})();
	function defineBigIntMethod(fn) {
		return typeof BigInt === "undefined" ? BufferBigIntNotDefined : fn;
	}
	function BufferBigIntNotDefined() {
		throw new Error("BigInt not supported");
	}
}));
// node_modules/@noble/hashes/esm/crypto.js
var crypto$1;
var init_crypto = __esmMin((() => {
	crypto$1 = typeof globalThis === "object" && "crypto" in globalThis ? globalThis.crypto : void 0;
}));
// node_modules/@noble/hashes/esm/utils.js
/*! noble-hashes - MIT License (c) 2022 Paul Miller (paulmillr.com) */
/** Checks if something is Uint8Array. Be careful: nodejs Buffer will return true. */
function isBytes(a) {
	return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array";
}
/** Asserts something is positive integer. */
function anumber(n) {
	if (!Number.isSafeInteger(n) || n < 0) throw new Error("positive integer expected, got " + n);
}
/** Asserts something is Uint8Array. */
function abytes(b, ...lengths) {
	if (!isBytes(b)) throw new Error("Uint8Array expected");
	if (lengths.length > 0 && !lengths.includes(b.length)) throw new Error("Uint8Array expected of length " + lengths + ", got length=" + b.length);
}
/** Asserts something is hash */
function ahash(h) {
	if (typeof h !== "function" || typeof h.create !== "function") throw new Error("Hash should be wrapped by utils.createHasher");
	anumber(h.outputLen);
	anumber(h.blockLen);
}
/** Asserts a hash instance has not been destroyed / finished */
function aexists(instance, checkFinished = true) {
	if (instance.destroyed) throw new Error("Hash instance has been destroyed");
	if (checkFinished && instance.finished) throw new Error("Hash#digest() has already been called");
}
/** Asserts output is properly-sized byte array */
function aoutput(out, instance) {
	abytes(out);
	const min = instance.outputLen;
	if (out.length < min) throw new Error("digestInto() expects output buffer of length at least " + min);
}
/** Cast u8 / u16 / u32 to u32. */
function u32(arr) {
	return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
}
/** Zeroize a byte array. Warning: JS provides no guarantees. */
function clean(...arrays) {
	for (let i = 0; i < arrays.length; i++) arrays[i].fill(0);
}
/** Create DataView of an array for easy byte-level manipulation. */
function createView(arr) {
	return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
/** The rotate right (circular right shift) operation for uint32 */
function rotr(word, shift) {
	return word << 32 - shift | word >>> shift;
}
/** The byte swap operation for uint32 */
function byteSwap(word) {
	return word << 24 & 4278190080 | word << 8 & 16711680 | word >>> 8 & 65280 | word >>> 24 & 255;
}
/** In place byte swap for Uint32Array */
function byteSwap32(arr) {
	for (let i = 0; i < arr.length; i++) arr[i] = byteSwap(arr[i]);
	return arr;
}
/**
* Convert byte array to hex string. Uses built-in function, when available.
* @example bytesToHex(Uint8Array.from([0xca, 0xfe, 0x01, 0x23])) // 'cafe0123'
*/
function bytesToHex(bytes) {
	abytes(bytes);
	if (hasHexBuiltin) return bytes.toHex();
	let hex = "";
	for (let i = 0; i < bytes.length; i++) hex += hexes[bytes[i]];
	return hex;
}
function asciiToBase16(ch) {
	if (ch >= asciis._0 && ch <= asciis._9) return ch - asciis._0;
	if (ch >= asciis.A && ch <= asciis.F) return ch - (asciis.A - 10);
	if (ch >= asciis.a && ch <= asciis.f) return ch - (asciis.a - 10);
}
/**
* Convert hex string to byte array. Uses built-in function, when available.
* @example hexToBytes('cafe0123') // Uint8Array.from([0xca, 0xfe, 0x01, 0x23])
*/
function hexToBytes(hex) {
	if (typeof hex !== "string") throw new Error("hex string expected, got " + typeof hex);
	if (hasHexBuiltin) return Uint8Array.fromHex(hex);
	const hl = hex.length;
	const al = hl / 2;
	if (hl % 2) throw new Error("hex string expected, got unpadded hex of length " + hl);
	const array = new Uint8Array(al);
	for (let ai = 0, hi = 0; ai < al; ai++, hi += 2) {
		const n1 = asciiToBase16(hex.charCodeAt(hi));
		const n2 = asciiToBase16(hex.charCodeAt(hi + 1));
		if (n1 === void 0 || n2 === void 0) {
			const char = hex[hi] + hex[hi + 1];
			throw new Error("hex string expected, got non-hex character \"" + char + "\" at index " + hi);
		}
		array[ai] = n1 * 16 + n2;
	}
	return array;
}
/**
* Converts string to bytes using UTF8 encoding.
* @example utf8ToBytes('abc') // Uint8Array.from([97, 98, 99])
*/
function utf8ToBytes(str) {
	if (typeof str !== "string") throw new Error("string expected");
	return new Uint8Array(new TextEncoder().encode(str));
}
/**
* Normalizes (non-hex) string or Uint8Array to Uint8Array.
* Warning: when Uint8Array is passed, it would NOT get copied.
* Keep in mind for future mutable operations.
*/
function toBytes(data) {
	if (typeof data === "string") data = utf8ToBytes(data);
	abytes(data);
	return data;
}
/** Copies several Uint8Arrays into one. */
function concatBytes(...arrays) {
	let sum = 0;
	for (let i = 0; i < arrays.length; i++) {
		const a = arrays[i];
		abytes(a);
		sum += a.length;
	}
	const res = new Uint8Array(sum);
	for (let i = 0, pad = 0; i < arrays.length; i++) {
		const a = arrays[i];
		res.set(a, pad);
		pad += a.length;
	}
	return res;
}
/** Wraps hash function, creating an interface on top of it */
function createHasher(hashCons) {
	const hashC = (msg) => hashCons().update(toBytes(msg)).digest();
	const tmp = hashCons();
	hashC.outputLen = tmp.outputLen;
	hashC.blockLen = tmp.blockLen;
	hashC.create = () => hashCons();
	return hashC;
}
/** Cryptographically secure PRNG. Uses internal OS-level `crypto.getRandomValues`. */
function randomBytes(bytesLength = 32) {
	if (crypto$1 && typeof crypto$1.getRandomValues === "function") return crypto$1.getRandomValues(new Uint8Array(bytesLength));
	if (crypto$1 && typeof crypto$1.randomBytes === "function") return Uint8Array.from(crypto$1.randomBytes(bytesLength));
	throw new Error("crypto.getRandomValues must be defined");
}
var isLE, swap32IfBE, hasHexBuiltin, hexes, asciis, Hash;
var init_utils$1 = __esmMin((() => {
	init_crypto();
	isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68)();
	swap32IfBE = isLE ? (u) => u : byteSwap32;
	hasHexBuiltin = /* @__PURE__ */ (() => typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function")();
	hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
	asciis = {
		_0: 48,
		_9: 57,
		A: 65,
		F: 70,
		a: 97,
		f: 102
	};
	Hash = class {};
}));
// node_modules/@noble/hashes/esm/_md.js
/** Polyfill for Safari 14. https://caniuse.com/mdn-javascript_builtins_dataview_setbiguint64 */
function setBigUint64(view, byteOffset, value, isLE) {
	if (typeof view.setBigUint64 === "function") return view.setBigUint64(byteOffset, value, isLE);
	const _32n = BigInt(32);
	const _u32_max = BigInt(4294967295);
	const wh = Number(value >> _32n & _u32_max);
	const wl = Number(value & _u32_max);
	const h = isLE ? 4 : 0;
	const l = isLE ? 0 : 4;
	view.setUint32(byteOffset + h, wh, isLE);
	view.setUint32(byteOffset + l, wl, isLE);
}
/** Choice: a ? b : c */
function Chi(a, b, c) {
	return a & b ^ ~a & c;
}
/** Majority function, true if any two inputs is true. */
function Maj(a, b, c) {
	return a & b ^ a & c ^ b & c;
}
var HashMD, SHA256_IV, SHA512_IV;
var init__md = __esmMin((() => {
	init_utils$1();
	HashMD = class extends Hash {
		constructor(blockLen, outputLen, padOffset, isLE) {
			super();
			this.finished = false;
			this.length = 0;
			this.pos = 0;
			this.destroyed = false;
			this.blockLen = blockLen;
			this.outputLen = outputLen;
			this.padOffset = padOffset;
			this.isLE = isLE;
			this.buffer = new Uint8Array(blockLen);
			this.view = createView(this.buffer);
		}
		update(data) {
			aexists(this);
			data = toBytes(data);
			abytes(data);
			const { view, buffer, blockLen } = this;
			const len = data.length;
			for (let pos = 0; pos < len;) {
				const take = Math.min(blockLen - this.pos, len - pos);
				if (take === blockLen) {
					const dataView = createView(data);
					for (; blockLen <= len - pos; pos += blockLen) this.process(dataView, pos);
					continue;
				}
				buffer.set(data.subarray(pos, pos + take), this.pos);
				this.pos += take;
				pos += take;
				if (this.pos === blockLen) {
					this.process(view, 0);
					this.pos = 0;
				}
			}
			this.length += data.length;
			this.roundClean();
			return this;
		}
		digestInto(out) {
			aexists(this);
			aoutput(out, this);
			this.finished = true;
			const { buffer, view, blockLen, isLE } = this;
			let { pos } = this;
			buffer[pos++] = 128;
			clean(this.buffer.subarray(pos));
			if (this.padOffset > blockLen - pos) {
				this.process(view, 0);
				pos = 0;
			}
			for (let i = pos; i < blockLen; i++) buffer[i] = 0;
			setBigUint64(view, blockLen - 8, BigInt(this.length * 8), isLE);
			this.process(view, 0);
			const oview = createView(out);
			const len = this.outputLen;
			if (len % 4) throw new Error("_sha2: outputLen should be aligned to 32bit");
			const outLen = len / 4;
			const state = this.get();
			if (outLen > state.length) throw new Error("_sha2: outputLen bigger than state");
			for (let i = 0; i < outLen; i++) oview.setUint32(4 * i, state[i], isLE);
		}
		digest() {
			const { buffer, outputLen } = this;
			this.digestInto(buffer);
			const res = buffer.slice(0, outputLen);
			this.destroy();
			return res;
		}
		_cloneInto(to) {
			to || (to = new this.constructor());
			to.set(...this.get());
			const { blockLen, buffer, length, finished, destroyed, pos } = this;
			to.destroyed = destroyed;
			to.finished = finished;
			to.length = length;
			to.pos = pos;
			if (length % blockLen) to.buffer.set(buffer);
			return to;
		}
		clone() {
			return this._cloneInto();
		}
	};
	SHA256_IV = /* @__PURE__ */ Uint32Array.from([
		1779033703,
		3144134277,
		1013904242,
		2773480762,
		1359893119,
		2600822924,
		528734635,
		1541459225
	]);
	SHA512_IV = /* @__PURE__ */ Uint32Array.from([
		1779033703,
		4089235720,
		3144134277,
		2227873595,
		1013904242,
		4271175723,
		2773480762,
		1595750129,
		1359893119,
		2917565137,
		2600822924,
		725511199,
		528734635,
		4215389547,
		1541459225,
		327033209
	]);
}));
// node_modules/@noble/hashes/esm/_u64.js
function fromBig(n, le = false) {
	if (le) return {
		h: Number(n & U32_MASK64),
		l: Number(n >> _32n & U32_MASK64)
	};
	return {
		h: Number(n >> _32n & U32_MASK64) | 0,
		l: Number(n & U32_MASK64) | 0
	};
}
function split(lst, le = false) {
	const len = lst.length;
	let Ah = new Uint32Array(len);
	let Al = new Uint32Array(len);
	for (let i = 0; i < len; i++) {
		const { h, l } = fromBig(lst[i], le);
		[Ah[i], Al[i]] = [h, l];
	}
	return [Ah, Al];
}
function add(Ah, Al, Bh, Bl) {
	const l = (Al >>> 0) + (Bl >>> 0);
	return {
		h: Ah + Bh + (l / 2 ** 32 | 0) | 0,
		l: l | 0
	};
}
var U32_MASK64, _32n, shrSH, shrSL, rotrSH, rotrSL, rotrBH, rotrBL, rotlSH, rotlSL, rotlBH, rotlBL, add3L, add3H, add4L, add4H, add5L, add5H;
var init__u64 = __esmMin((() => {
	U32_MASK64 = /* @__PURE__ */ BigInt(2 ** 32 - 1);
	_32n = /* @__PURE__ */ BigInt(32);
	shrSH = (h, _l, s) => h >>> s;
	shrSL = (h, l, s) => h << 32 - s | l >>> s;
	rotrSH = (h, l, s) => h >>> s | l << 32 - s;
	rotrSL = (h, l, s) => h << 32 - s | l >>> s;
	rotrBH = (h, l, s) => h << 64 - s | l >>> s - 32;
	rotrBL = (h, l, s) => h >>> s - 32 | l << 64 - s;
	rotlSH = (h, l, s) => h << s | l >>> 32 - s;
	rotlSL = (h, l, s) => l << s | h >>> 32 - s;
	rotlBH = (h, l, s) => l << s - 32 | h >>> 64 - s;
	rotlBL = (h, l, s) => h << s - 32 | l >>> 64 - s;
	add3L = (Al, Bl, Cl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0);
	add3H = (low, Ah, Bh, Ch) => Ah + Bh + Ch + (low / 2 ** 32 | 0) | 0;
	add4L = (Al, Bl, Cl, Dl) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0);
	add4H = (low, Ah, Bh, Ch, Dh) => Ah + Bh + Ch + Dh + (low / 2 ** 32 | 0) | 0;
	add5L = (Al, Bl, Cl, Dl, El) => (Al >>> 0) + (Bl >>> 0) + (Cl >>> 0) + (Dl >>> 0) + (El >>> 0);
	add5H = (low, Ah, Bh, Ch, Dh, Eh) => Ah + Bh + Ch + Dh + Eh + (low / 2 ** 32 | 0) | 0;
}));
// node_modules/@noble/hashes/esm/sha2.js
var SHA256_K, SHA256_W, SHA256, K512, SHA512_Kh, SHA512_Kl, SHA512_W_H, SHA512_W_L, SHA512, sha256$1, sha512;
var init_sha2 = __esmMin((() => {
	init__md();
	init__u64();
	init_utils$1();
	SHA256_K = /* @__PURE__ */ Uint32Array.from([
		1116352408,
		1899447441,
		3049323471,
		3921009573,
		961987163,
		1508970993,
		2453635748,
		2870763221,
		3624381080,
		310598401,
		607225278,
		1426881987,
		1925078388,
		2162078206,
		2614888103,
		3248222580,
		3835390401,
		4022224774,
		264347078,
		604807628,
		770255983,
		1249150122,
		1555081692,
		1996064986,
		2554220882,
		2821834349,
		2952996808,
		3210313671,
		3336571891,
		3584528711,
		113926993,
		338241895,
		666307205,
		773529912,
		1294757372,
		1396182291,
		1695183700,
		1986661051,
		2177026350,
		2456956037,
		2730485921,
		2820302411,
		3259730800,
		3345764771,
		3516065817,
		3600352804,
		4094571909,
		275423344,
		430227734,
		506948616,
		659060556,
		883997877,
		958139571,
		1322822218,
		1537002063,
		1747873779,
		1955562222,
		2024104815,
		2227730452,
		2361852424,
		2428436474,
		2756734187,
		3204031479,
		3329325298
	]);
	SHA256_W = /* @__PURE__ */ new Uint32Array(64);
	SHA256 = class extends HashMD {
		constructor(outputLen = 32) {
			super(64, outputLen, 8, false);
			this.A = SHA256_IV[0] | 0;
			this.B = SHA256_IV[1] | 0;
			this.C = SHA256_IV[2] | 0;
			this.D = SHA256_IV[3] | 0;
			this.E = SHA256_IV[4] | 0;
			this.F = SHA256_IV[5] | 0;
			this.G = SHA256_IV[6] | 0;
			this.H = SHA256_IV[7] | 0;
		}
		get() {
			const { A, B, C, D, E, F, G, H } = this;
			return [
				A,
				B,
				C,
				D,
				E,
				F,
				G,
				H
			];
		}
		set(A, B, C, D, E, F, G, H) {
			this.A = A | 0;
			this.B = B | 0;
			this.C = C | 0;
			this.D = D | 0;
			this.E = E | 0;
			this.F = F | 0;
			this.G = G | 0;
			this.H = H | 0;
		}
		process(view, offset) {
			for (let i = 0; i < 16; i++, offset += 4) SHA256_W[i] = view.getUint32(offset, false);
			for (let i = 16; i < 64; i++) {
				const W15 = SHA256_W[i - 15];
				const W2 = SHA256_W[i - 2];
				const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
				const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
				SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
			}
			let { A, B, C, D, E, F, G, H } = this;
			for (let i = 0; i < 64; i++) {
				const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
				const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
				const T2 = (rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22)) + Maj(A, B, C) | 0;
				H = G;
				G = F;
				F = E;
				E = D + T1 | 0;
				D = C;
				C = B;
				B = A;
				A = T1 + T2 | 0;
			}
			A = A + this.A | 0;
			B = B + this.B | 0;
			C = C + this.C | 0;
			D = D + this.D | 0;
			E = E + this.E | 0;
			F = F + this.F | 0;
			G = G + this.G | 0;
			H = H + this.H | 0;
			this.set(A, B, C, D, E, F, G, H);
		}
		roundClean() {
			clean(SHA256_W);
		}
		destroy() {
			this.set(0, 0, 0, 0, 0, 0, 0, 0);
			clean(this.buffer);
		}
	};
	K512 = /* @__PURE__ */ (() => split([
		"0x428a2f98d728ae22",
		"0x7137449123ef65cd",
		"0xb5c0fbcfec4d3b2f",
		"0xe9b5dba58189dbbc",
		"0x3956c25bf348b538",
		"0x59f111f1b605d019",
		"0x923f82a4af194f9b",
		"0xab1c5ed5da6d8118",
		"0xd807aa98a3030242",
		"0x12835b0145706fbe",
		"0x243185be4ee4b28c",
		"0x550c7dc3d5ffb4e2",
		"0x72be5d74f27b896f",
		"0x80deb1fe3b1696b1",
		"0x9bdc06a725c71235",
		"0xc19bf174cf692694",
		"0xe49b69c19ef14ad2",
		"0xefbe4786384f25e3",
		"0x0fc19dc68b8cd5b5",
		"0x240ca1cc77ac9c65",
		"0x2de92c6f592b0275",
		"0x4a7484aa6ea6e483",
		"0x5cb0a9dcbd41fbd4",
		"0x76f988da831153b5",
		"0x983e5152ee66dfab",
		"0xa831c66d2db43210",
		"0xb00327c898fb213f",
		"0xbf597fc7beef0ee4",
		"0xc6e00bf33da88fc2",
		"0xd5a79147930aa725",
		"0x06ca6351e003826f",
		"0x142929670a0e6e70",
		"0x27b70a8546d22ffc",
		"0x2e1b21385c26c926",
		"0x4d2c6dfc5ac42aed",
		"0x53380d139d95b3df",
		"0x650a73548baf63de",
		"0x766a0abb3c77b2a8",
		"0x81c2c92e47edaee6",
		"0x92722c851482353b",
		"0xa2bfe8a14cf10364",
		"0xa81a664bbc423001",
		"0xc24b8b70d0f89791",
		"0xc76c51a30654be30",
		"0xd192e819d6ef5218",
		"0xd69906245565a910",
		"0xf40e35855771202a",
		"0x106aa07032bbd1b8",
		"0x19a4c116b8d2d0c8",
		"0x1e376c085141ab53",
		"0x2748774cdf8eeb99",
		"0x34b0bcb5e19b48a8",
		"0x391c0cb3c5c95a63",
		"0x4ed8aa4ae3418acb",
		"0x5b9cca4f7763e373",
		"0x682e6ff3d6b2b8a3",
		"0x748f82ee5defb2fc",
		"0x78a5636f43172f60",
		"0x84c87814a1f0ab72",
		"0x8cc702081a6439ec",
		"0x90befffa23631e28",
		"0xa4506cebde82bde9",
		"0xbef9a3f7b2c67915",
		"0xc67178f2e372532b",
		"0xca273eceea26619c",
		"0xd186b8c721c0c207",
		"0xeada7dd6cde0eb1e",
		"0xf57d4f7fee6ed178",
		"0x06f067aa72176fba",
		"0x0a637dc5a2c898a6",
		"0x113f9804bef90dae",
		"0x1b710b35131c471b",
		"0x28db77f523047d84",
		"0x32caab7b40c72493",
		"0x3c9ebe0a15c9bebc",
		"0x431d67c49c100d4c",
		"0x4cc5d4becb3e42b6",
		"0x597f299cfc657e2a",
		"0x5fcb6fab3ad6faec",
		"0x6c44198c4a475817"
	].map((n) => BigInt(n))))();
	SHA512_Kh = /* @__PURE__ */ (() => K512[0])();
	SHA512_Kl = /* @__PURE__ */ (() => K512[1])();
	SHA512_W_H = /* @__PURE__ */ new Uint32Array(80);
	SHA512_W_L = /* @__PURE__ */ new Uint32Array(80);
	SHA512 = class extends HashMD {
		constructor(outputLen = 64) {
			super(128, outputLen, 16, false);
			this.Ah = SHA512_IV[0] | 0;
			this.Al = SHA512_IV[1] | 0;
			this.Bh = SHA512_IV[2] | 0;
			this.Bl = SHA512_IV[3] | 0;
			this.Ch = SHA512_IV[4] | 0;
			this.Cl = SHA512_IV[5] | 0;
			this.Dh = SHA512_IV[6] | 0;
			this.Dl = SHA512_IV[7] | 0;
			this.Eh = SHA512_IV[8] | 0;
			this.El = SHA512_IV[9] | 0;
			this.Fh = SHA512_IV[10] | 0;
			this.Fl = SHA512_IV[11] | 0;
			this.Gh = SHA512_IV[12] | 0;
			this.Gl = SHA512_IV[13] | 0;
			this.Hh = SHA512_IV[14] | 0;
			this.Hl = SHA512_IV[15] | 0;
		}
		get() {
			const { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
			return [
				Ah,
				Al,
				Bh,
				Bl,
				Ch,
				Cl,
				Dh,
				Dl,
				Eh,
				El,
				Fh,
				Fl,
				Gh,
				Gl,
				Hh,
				Hl
			];
		}
		set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl) {
			this.Ah = Ah | 0;
			this.Al = Al | 0;
			this.Bh = Bh | 0;
			this.Bl = Bl | 0;
			this.Ch = Ch | 0;
			this.Cl = Cl | 0;
			this.Dh = Dh | 0;
			this.Dl = Dl | 0;
			this.Eh = Eh | 0;
			this.El = El | 0;
			this.Fh = Fh | 0;
			this.Fl = Fl | 0;
			this.Gh = Gh | 0;
			this.Gl = Gl | 0;
			this.Hh = Hh | 0;
			this.Hl = Hl | 0;
		}
		process(view, offset) {
			for (let i = 0; i < 16; i++, offset += 4) {
				SHA512_W_H[i] = view.getUint32(offset);
				SHA512_W_L[i] = view.getUint32(offset += 4);
			}
			for (let i = 16; i < 80; i++) {
				const W15h = SHA512_W_H[i - 15] | 0;
				const W15l = SHA512_W_L[i - 15] | 0;
				const s0h = rotrSH(W15h, W15l, 1) ^ rotrSH(W15h, W15l, 8) ^ shrSH(W15h, W15l, 7);
				const s0l = rotrSL(W15h, W15l, 1) ^ rotrSL(W15h, W15l, 8) ^ shrSL(W15h, W15l, 7);
				const W2h = SHA512_W_H[i - 2] | 0;
				const W2l = SHA512_W_L[i - 2] | 0;
				const s1h = rotrSH(W2h, W2l, 19) ^ rotrBH(W2h, W2l, 61) ^ shrSH(W2h, W2l, 6);
				const s1l = rotrSL(W2h, W2l, 19) ^ rotrBL(W2h, W2l, 61) ^ shrSL(W2h, W2l, 6);
				const SUMl = add4L(s0l, s1l, SHA512_W_L[i - 7], SHA512_W_L[i - 16]);
				const SUMh = add4H(SUMl, s0h, s1h, SHA512_W_H[i - 7], SHA512_W_H[i - 16]);
				SHA512_W_H[i] = SUMh | 0;
				SHA512_W_L[i] = SUMl | 0;
			}
			let { Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl } = this;
			for (let i = 0; i < 80; i++) {
				const sigma1h = rotrSH(Eh, El, 14) ^ rotrSH(Eh, El, 18) ^ rotrBH(Eh, El, 41);
				const sigma1l = rotrSL(Eh, El, 14) ^ rotrSL(Eh, El, 18) ^ rotrBL(Eh, El, 41);
				const CHIh = Eh & Fh ^ ~Eh & Gh;
				const CHIl = El & Fl ^ ~El & Gl;
				const T1ll = add5L(Hl, sigma1l, CHIl, SHA512_Kl[i], SHA512_W_L[i]);
				const T1h = add5H(T1ll, Hh, sigma1h, CHIh, SHA512_Kh[i], SHA512_W_H[i]);
				const T1l = T1ll | 0;
				const sigma0h = rotrSH(Ah, Al, 28) ^ rotrBH(Ah, Al, 34) ^ rotrBH(Ah, Al, 39);
				const sigma0l = rotrSL(Ah, Al, 28) ^ rotrBL(Ah, Al, 34) ^ rotrBL(Ah, Al, 39);
				const MAJh = Ah & Bh ^ Ah & Ch ^ Bh & Ch;
				const MAJl = Al & Bl ^ Al & Cl ^ Bl & Cl;
				Hh = Gh | 0;
				Hl = Gl | 0;
				Gh = Fh | 0;
				Gl = Fl | 0;
				Fh = Eh | 0;
				Fl = El | 0;
				({h: Eh, l: El} = add(Dh | 0, Dl | 0, T1h | 0, T1l | 0));
				Dh = Ch | 0;
				Dl = Cl | 0;
				Ch = Bh | 0;
				Cl = Bl | 0;
				Bh = Ah | 0;
				Bl = Al | 0;
				const All = add3L(T1l, sigma0l, MAJl);
				Ah = add3H(All, T1h, sigma0h, MAJh);
				Al = All | 0;
			}
			({h: Ah, l: Al} = add(this.Ah | 0, this.Al | 0, Ah | 0, Al | 0));
			({h: Bh, l: Bl} = add(this.Bh | 0, this.Bl | 0, Bh | 0, Bl | 0));
			({h: Ch, l: Cl} = add(this.Ch | 0, this.Cl | 0, Ch | 0, Cl | 0));
			({h: Dh, l: Dl} = add(this.Dh | 0, this.Dl | 0, Dh | 0, Dl | 0));
			({h: Eh, l: El} = add(this.Eh | 0, this.El | 0, Eh | 0, El | 0));
			({h: Fh, l: Fl} = add(this.Fh | 0, this.Fl | 0, Fh | 0, Fl | 0));
			({h: Gh, l: Gl} = add(this.Gh | 0, this.Gl | 0, Gh | 0, Gl | 0));
			({h: Hh, l: Hl} = add(this.Hh | 0, this.Hl | 0, Hh | 0, Hl | 0));
			this.set(Ah, Al, Bh, Bl, Ch, Cl, Dh, Dl, Eh, El, Fh, Fl, Gh, Gl, Hh, Hl);
		}
		roundClean() {
			clean(SHA512_W_H, SHA512_W_L);
		}
		destroy() {
			clean(this.buffer);
			this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		}
	};
	sha256$1 = /* @__PURE__ */ createHasher(() => new SHA256());
	sha512 = /* @__PURE__ */ createHasher(() => new SHA512());
}));
// node_modules/@noble/curves/esm/utils.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
function _abool2(value, title = "") {
	if (typeof value !== "boolean") {
		const prefix = title && `"${title}"`;
		throw new Error(prefix + "expected boolean, got type=" + typeof value);
	}
	return value;
}
/** Asserts something is Uint8Array. */
function _abytes2(value, length, title = "") {
	const bytes = isBytes(value);
	const len = value?.length;
	const needsLen = length !== void 0;
	if (!bytes || needsLen && len !== length) {
		const prefix = title && `"${title}" `;
		const ofLen = needsLen ? ` of length ${length}` : "";
		const got = bytes ? `length=${len}` : `type=${typeof value}`;
		throw new Error(prefix + "expected Uint8Array" + ofLen + ", got " + got);
	}
	return value;
}
function numberToHexUnpadded(num) {
	const hex = num.toString(16);
	return hex.length & 1 ? "0" + hex : hex;
}
function hexToNumber(hex) {
	if (typeof hex !== "string") throw new Error("hex string expected, got " + typeof hex);
	return hex === "" ? _0n$6 : BigInt("0x" + hex);
}
function bytesToNumberBE(bytes) {
	return hexToNumber(bytesToHex(bytes));
}
function bytesToNumberLE(bytes) {
	abytes(bytes);
	return hexToNumber(bytesToHex(Uint8Array.from(bytes).reverse()));
}
function numberToBytesBE(n, len) {
	return hexToBytes(n.toString(16).padStart(len * 2, "0"));
}
function numberToBytesLE(n, len) {
	return numberToBytesBE(n, len).reverse();
}
/**
* Takes hex string or Uint8Array, converts to Uint8Array.
* Validates output length.
* Will throw error for other types.
* @param title descriptive title for an error e.g. 'secret key'
* @param hex hex string or Uint8Array
* @param expectedLength optional, will compare to result array's length
* @returns
*/
function ensureBytes(title, hex, expectedLength) {
	let res;
	if (typeof hex === "string") try {
		res = hexToBytes(hex);
	} catch (e) {
		throw new Error(title + " must be hex string or Uint8Array, cause: " + e);
	}
	else if (isBytes(hex)) res = Uint8Array.from(hex);
	else throw new Error(title + " must be hex string or Uint8Array");
	const len = res.length;
	if (typeof expectedLength === "number" && len !== expectedLength) throw new Error(title + " of length " + expectedLength + " expected, got " + len);
	return res;
}
function equalBytes(a, b) {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
	return diff === 0;
}
/**
* Copies Uint8Array. We can't use u8a.slice(), because u8a can be Buffer,
* and Buffer#slice creates mutable copy. Never use Buffers!
*/
function copyBytes(bytes) {
	return Uint8Array.from(bytes);
}
function inRange$1(n, min, max) {
	return isPosBig(n) && isPosBig(min) && isPosBig(max) && min <= n && n < max;
}
/**
* Asserts min <= n < max. NOTE: It's < max and not <= max.
* @example
* aInRange('x', x, 1n, 256n); // would assume x is in (1n..255n)
*/
function aInRange(title, n, min, max) {
	if (!inRange$1(n, min, max)) throw new Error("expected valid " + title + ": " + min + " <= n < " + max + ", got " + n);
}
/**
* Calculates amount of bits in a bigint.
* Same as `n.toString(2).length`
* TODO: merge with nLength in modular
*/
function bitLen(n) {
	let len = 0;
	for (; n > _0n$6; n >>= _1n$6, len += 1);
	return len;
}
/**
* Minimal HMAC-DRBG from NIST 800-90 for RFC6979 sigs.
* @returns function that will call DRBG until 2nd arg returns something meaningful
* @example
*   const drbg = createHmacDRBG<Key>(32, 32, hmac);
*   drbg(seed, bytesToKey); // bytesToKey must return Key or undefined
*/
function createHmacDrbg(hashLen, qByteLen, hmacFn) {
	if (typeof hashLen !== "number" || hashLen < 2) throw new Error("hashLen must be a number");
	if (typeof qByteLen !== "number" || qByteLen < 2) throw new Error("qByteLen must be a number");
	if (typeof hmacFn !== "function") throw new Error("hmacFn must be a function");
	const u8n = (len) => new Uint8Array(len);
	const u8of = (byte) => Uint8Array.of(byte);
	let v = u8n(hashLen);
	let k = u8n(hashLen);
	let i = 0;
	const reset = () => {
		v.fill(1);
		k.fill(0);
		i = 0;
	};
	const h = (...b) => hmacFn(k, v, ...b);
	const reseed = (seed = u8n(0)) => {
		k = h(u8of(0), seed);
		v = h();
		if (seed.length === 0) return;
		k = h(u8of(1), seed);
		v = h();
	};
	const gen = () => {
		if (i++ >= 1e3) throw new Error("drbg: tried 1000 values");
		let len = 0;
		const out = [];
		while (len < qByteLen) {
			v = h();
			const sl = v.slice();
			out.push(sl);
			len += v.length;
		}
		return concatBytes(...out);
	};
	const genUntil = (seed, pred) => {
		reset();
		reseed(seed);
		let res = void 0;
		while (!(res = pred(gen()))) reseed();
		reset();
		return res;
	};
	return genUntil;
}
function _validateObject(object, fields, optFields = {}) {
	if (!object || typeof object !== "object") throw new Error("expected valid options object");
	function checkField(fieldName, expectedType, isOpt) {
		const val = object[fieldName];
		if (isOpt && val === void 0) return;
		const current = typeof val;
		if (current !== expectedType || val === null) throw new Error(`param "${fieldName}" is invalid: expected ${expectedType}, got ${current}`);
	}
	Object.entries(fields).forEach(([k, v]) => checkField(k, v, false));
	Object.entries(optFields).forEach(([k, v]) => checkField(k, v, true));
}
/**
* Memoizes (caches) computation result.
* Uses WeakMap: the value is going auto-cleaned by GC after last reference is removed.
*/
function memoized(fn) {
	const map = /* @__PURE__ */ new WeakMap();
	return (arg, ...args) => {
		const val = map.get(arg);
		if (val !== void 0) return val;
		const computed = fn(arg, ...args);
		map.set(arg, computed);
		return computed;
	};
}
var _0n$6, _1n$6, isPosBig, bitMask, notImplemented;
var init_utils = __esmMin((() => {
	init_utils$1();
	_0n$6 = /* @__PURE__ */ BigInt(0);
	_1n$6 = /* @__PURE__ */ BigInt(1);
	isPosBig = (n) => typeof n === "bigint" && _0n$6 <= n;
	bitMask = (n) => (_1n$6 << BigInt(n)) - _1n$6;
	notImplemented = () => {
		throw new Error("not implemented");
	};
}));
// node_modules/@noble/curves/esm/abstract/modular.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
function mod(a, b) {
	const result = a % b;
	return result >= _0n$5 ? result : b + result;
}
/** Does `x^(2^power)` mod p. `pow2(30, 4)` == `30^(2^4)` */
function pow2(x, power, modulo) {
	let res = x;
	while (power-- > _0n$5) {
		res *= res;
		res %= modulo;
	}
	return res;
}
/**
* Inverses number over modulo.
* Implemented using [Euclidean GCD](https://brilliant.org/wiki/extended-euclidean-algorithm/).
*/
function invert(number, modulo) {
	if (number === _0n$5) throw new Error("invert: expected non-zero number");
	if (modulo <= _0n$5) throw new Error("invert: expected positive modulus, got " + modulo);
	let a = mod(number, modulo);
	let b = modulo;
	let x = _0n$5, y = _1n$5, u = _1n$5, v = _0n$5;
	while (a !== _0n$5) {
		const q = b / a;
		const r = b % a;
		const m = x - u * q;
		const n = y - v * q;
		b = a, a = r, x = u, y = v, u = m, v = n;
	}
	if (b !== _1n$5) throw new Error("invert: does not exist");
	return mod(x, modulo);
}
function assertIsSquare(Fp, root, n) {
	if (!Fp.eql(Fp.sqr(root), n)) throw new Error("Cannot find square root");
}
function sqrt3mod4(Fp, n) {
	const p1div4 = (Fp.ORDER + _1n$5) / _4n$1;
	const root = Fp.pow(n, p1div4);
	assertIsSquare(Fp, root, n);
	return root;
}
function sqrt5mod8(Fp, n) {
	const p5div8 = (Fp.ORDER - _5n$1) / _8n$2;
	const n2 = Fp.mul(n, _2n$5);
	const v = Fp.pow(n2, p5div8);
	const nv = Fp.mul(n, v);
	const i = Fp.mul(Fp.mul(nv, _2n$5), v);
	const root = Fp.mul(nv, Fp.sub(i, Fp.ONE));
	assertIsSquare(Fp, root, n);
	return root;
}
function sqrt9mod16(P) {
	const Fp_ = Field(P);
	const tn = tonelliShanks(P);
	const c1 = tn(Fp_, Fp_.neg(Fp_.ONE));
	const c2 = tn(Fp_, c1);
	const c3 = tn(Fp_, Fp_.neg(c1));
	const c4 = (P + _7n$1) / _16n;
	return (Fp, n) => {
		let tv1 = Fp.pow(n, c4);
		let tv2 = Fp.mul(tv1, c1);
		const tv3 = Fp.mul(tv1, c2);
		const tv4 = Fp.mul(tv1, c3);
		const e1 = Fp.eql(Fp.sqr(tv2), n);
		const e2 = Fp.eql(Fp.sqr(tv3), n);
		tv1 = Fp.cmov(tv1, tv2, e1);
		tv2 = Fp.cmov(tv4, tv3, e2);
		const e3 = Fp.eql(Fp.sqr(tv2), n);
		const root = Fp.cmov(tv1, tv2, e3);
		assertIsSquare(Fp, root, n);
		return root;
	};
}
/**
* Tonelli-Shanks square root search algorithm.
* 1. https://eprint.iacr.org/2012/685.pdf (page 12)
* 2. Square Roots from 1; 24, 51, 10 to Dan Shanks
* @param P field order
* @returns function that takes field Fp (created from P) and number n
*/
function tonelliShanks(P) {
	if (P < _3n$1) throw new Error("sqrt is not defined for small field");
	let Q = P - _1n$5;
	let S = 0;
	while (Q % _2n$5 === _0n$5) {
		Q /= _2n$5;
		S++;
	}
	let Z = _2n$5;
	const _Fp = Field(P);
	while (FpLegendre(_Fp, Z) === 1) if (Z++ > 1e3) throw new Error("Cannot find square root: probably non-prime P");
	if (S === 1) return sqrt3mod4;
	let cc = _Fp.pow(Z, Q);
	const Q1div2 = (Q + _1n$5) / _2n$5;
	return function tonelliSlow(Fp, n) {
		if (Fp.is0(n)) return n;
		if (FpLegendre(Fp, n) !== 1) throw new Error("Cannot find square root");
		let M = S;
		let c = Fp.mul(Fp.ONE, cc);
		let t = Fp.pow(n, Q);
		let R = Fp.pow(n, Q1div2);
		while (!Fp.eql(t, Fp.ONE)) {
			if (Fp.is0(t)) return Fp.ZERO;
			let i = 1;
			let t_tmp = Fp.sqr(t);
			while (!Fp.eql(t_tmp, Fp.ONE)) {
				i++;
				t_tmp = Fp.sqr(t_tmp);
				if (i === M) throw new Error("Cannot find square root");
			}
			const exponent = _1n$5 << BigInt(M - i - 1);
			const b = Fp.pow(c, exponent);
			M = i;
			c = Fp.sqr(b);
			t = Fp.mul(t, c);
			R = Fp.mul(R, b);
		}
		return R;
	};
}
/**
* Square root for a finite field. Will try optimized versions first:
*
* 1. P ≡ 3 (mod 4)
* 2. P ≡ 5 (mod 8)
* 3. P ≡ 9 (mod 16)
* 4. Tonelli-Shanks algorithm
*
* Different algorithms can give different roots, it is up to user to decide which one they want.
* For example there is FpSqrtOdd/FpSqrtEven to choice root based on oddness (used for hash-to-curve).
*/
function FpSqrt(P) {
	if (P % _4n$1 === _3n$1) return sqrt3mod4;
	if (P % _8n$2 === _5n$1) return sqrt5mod8;
	if (P % _16n === _9n) return sqrt9mod16(P);
	return tonelliShanks(P);
}
function validateField(field) {
	_validateObject(field, FIELD_FIELDS.reduce((map, val) => {
		map[val] = "function";
		return map;
	}, {
		ORDER: "bigint",
		MASK: "bigint",
		BYTES: "number",
		BITS: "number"
	}));
	return field;
}
/**
* Same as `pow` but for Fp: non-constant-time.
* Unsafe in some contexts: uses ladder, so can expose bigint bits.
*/
function FpPow(Fp, num, power) {
	if (power < _0n$5) throw new Error("invalid exponent, negatives unsupported");
	if (power === _0n$5) return Fp.ONE;
	if (power === _1n$5) return num;
	let p = Fp.ONE;
	let d = num;
	while (power > _0n$5) {
		if (power & _1n$5) p = Fp.mul(p, d);
		d = Fp.sqr(d);
		power >>= _1n$5;
	}
	return p;
}
/**
* Efficiently invert an array of Field elements.
* Exception-free. Will return `undefined` for 0 elements.
* @param passZero map 0 to 0 (instead of undefined)
*/
function FpInvertBatch(Fp, nums, passZero = false) {
	const inverted = new Array(nums.length).fill(passZero ? Fp.ZERO : void 0);
	const multipliedAcc = nums.reduce((acc, num, i) => {
		if (Fp.is0(num)) return acc;
		inverted[i] = acc;
		return Fp.mul(acc, num);
	}, Fp.ONE);
	const invertedAcc = Fp.inv(multipliedAcc);
	nums.reduceRight((acc, num, i) => {
		if (Fp.is0(num)) return acc;
		inverted[i] = Fp.mul(acc, inverted[i]);
		return Fp.mul(acc, num);
	}, invertedAcc);
	return inverted;
}
/**
* Legendre symbol.
* Legendre constant is used to calculate Legendre symbol (a | p)
* which denotes the value of a^((p-1)/2) (mod p).
*
* * (a | p) ≡ 1    if a is a square (mod p), quadratic residue
* * (a | p) ≡ -1   if a is not a square (mod p), quadratic non residue
* * (a | p) ≡ 0    if a ≡ 0 (mod p)
*/
function FpLegendre(Fp, n) {
	const p1mod2 = (Fp.ORDER - _1n$5) / _2n$5;
	const powered = Fp.pow(n, p1mod2);
	const yes = Fp.eql(powered, Fp.ONE);
	const zero = Fp.eql(powered, Fp.ZERO);
	const no = Fp.eql(powered, Fp.neg(Fp.ONE));
	if (!yes && !zero && !no) throw new Error("invalid Legendre symbol result");
	return yes ? 1 : zero ? 0 : -1;
}
function nLength(n, nBitLength) {
	if (nBitLength !== void 0) anumber(nBitLength);
	const _nBitLength = nBitLength !== void 0 ? nBitLength : n.toString(2).length;
	return {
		nBitLength: _nBitLength,
		nByteLength: Math.ceil(_nBitLength / 8)
	};
}
/**
* Creates a finite field. Major performance optimizations:
* * 1. Denormalized operations like mulN instead of mul.
* * 2. Identical object shape: never add or remove keys.
* * 3. `Object.freeze`.
* Fragile: always run a benchmark on a change.
* Security note: operations don't check 'isValid' for all elements for performance reasons,
* it is caller responsibility to check this.
* This is low-level code, please make sure you know what you're doing.
*
* Note about field properties:
* * CHARACTERISTIC p = prime number, number of elements in main subgroup.
* * ORDER q = similar to cofactor in curves, may be composite `q = p^m`.
*
* @param ORDER field order, probably prime, or could be composite
* @param bitLen how many bits the field consumes
* @param isLE (default: false) if encoding / decoding should be in little-endian
* @param redef optional faster redefinitions of sqrt and other methods
*/
function Field(ORDER, bitLenOrOpts, isLE = false, opts = {}) {
	if (ORDER <= _0n$5) throw new Error("invalid field: expected ORDER > 0, got " + ORDER);
	let _nbitLength = void 0;
	let _sqrt = void 0;
	let modFromBytes = false;
	let allowedLengths = void 0;
	if (typeof bitLenOrOpts === "object" && bitLenOrOpts != null) {
		if (opts.sqrt || isLE) throw new Error("cannot specify opts in two arguments");
		const _opts = bitLenOrOpts;
		if (_opts.BITS) _nbitLength = _opts.BITS;
		if (_opts.sqrt) _sqrt = _opts.sqrt;
		if (typeof _opts.isLE === "boolean") isLE = _opts.isLE;
		if (typeof _opts.modFromBytes === "boolean") modFromBytes = _opts.modFromBytes;
		allowedLengths = _opts.allowedLengths;
	} else {
		if (typeof bitLenOrOpts === "number") _nbitLength = bitLenOrOpts;
		if (opts.sqrt) _sqrt = opts.sqrt;
	}
	const { nBitLength: BITS, nByteLength: BYTES } = nLength(ORDER, _nbitLength);
	if (BYTES > 2048) throw new Error("invalid field: expected ORDER of <= 2048 bytes");
	let sqrtP;
	const f = Object.freeze({
		ORDER,
		isLE,
		BITS,
		BYTES,
		MASK: bitMask(BITS),
		ZERO: _0n$5,
		ONE: _1n$5,
		allowedLengths,
		create: (num) => mod(num, ORDER),
		isValid: (num) => {
			if (typeof num !== "bigint") throw new Error("invalid field element: expected bigint, got " + typeof num);
			return _0n$5 <= num && num < ORDER;
		},
		is0: (num) => num === _0n$5,
		isValidNot0: (num) => !f.is0(num) && f.isValid(num),
		isOdd: (num) => (num & _1n$5) === _1n$5,
		neg: (num) => mod(-num, ORDER),
		eql: (lhs, rhs) => lhs === rhs,
		sqr: (num) => mod(num * num, ORDER),
		add: (lhs, rhs) => mod(lhs + rhs, ORDER),
		sub: (lhs, rhs) => mod(lhs - rhs, ORDER),
		mul: (lhs, rhs) => mod(lhs * rhs, ORDER),
		pow: (num, power) => FpPow(f, num, power),
		div: (lhs, rhs) => mod(lhs * invert(rhs, ORDER), ORDER),
		sqrN: (num) => num * num,
		addN: (lhs, rhs) => lhs + rhs,
		subN: (lhs, rhs) => lhs - rhs,
		mulN: (lhs, rhs) => lhs * rhs,
		inv: (num) => invert(num, ORDER),
		sqrt: _sqrt || ((n) => {
			if (!sqrtP) sqrtP = FpSqrt(ORDER);
			return sqrtP(f, n);
		}),
		toBytes: (num) => isLE ? numberToBytesLE(num, BYTES) : numberToBytesBE(num, BYTES),
		fromBytes: (bytes, skipValidation = true) => {
			if (allowedLengths) {
				if (!allowedLengths.includes(bytes.length) || bytes.length > BYTES) throw new Error("Field.fromBytes: expected " + allowedLengths + " bytes, got " + bytes.length);
				const padded = new Uint8Array(BYTES);
				padded.set(bytes, isLE ? 0 : padded.length - bytes.length);
				bytes = padded;
			}
			if (bytes.length !== BYTES) throw new Error("Field.fromBytes: expected " + BYTES + " bytes, got " + bytes.length);
			let scalar = isLE ? bytesToNumberLE(bytes) : bytesToNumberBE(bytes);
			if (modFromBytes) scalar = mod(scalar, ORDER);
			if (!skipValidation) {
				if (!f.isValid(scalar)) throw new Error("invalid field element: outside of range 0..ORDER");
			}
			return scalar;
		},
		invertBatch: (lst) => FpInvertBatch(f, lst),
		cmov: (a, b, c) => c ? b : a
	});
	return Object.freeze(f);
}
/**
* Returns total number of bytes consumed by the field element.
* For example, 32 bytes for usual 256-bit weierstrass curve.
* @param fieldOrder number of field elements, usually CURVE.n
* @returns byte length of field
*/
function getFieldBytesLength(fieldOrder) {
	if (typeof fieldOrder !== "bigint") throw new Error("field order must be bigint");
	const bitLength = fieldOrder.toString(2).length;
	return Math.ceil(bitLength / 8);
}
/**
* Returns minimal amount of bytes that can be safely reduced
* by field order.
* Should be 2^-128 for 128-bit curve such as P256.
* @param fieldOrder number of field elements, usually CURVE.n
* @returns byte length of target hash
*/
function getMinHashLength(fieldOrder) {
	const length = getFieldBytesLength(fieldOrder);
	return length + Math.ceil(length / 2);
}
/**
* "Constant-time" private key generation utility.
* Can take (n + n/2) or more bytes of uniform input e.g. from CSPRNG or KDF
* and convert them into private scalar, with the modulo bias being negligible.
* Needs at least 48 bytes of input for 32-byte private key.
* https://research.kudelskisecurity.com/2020/07/28/the-definitive-guide-to-modulo-bias-and-how-to-avoid-it/
* FIPS 186-5, A.2 https://csrc.nist.gov/publications/detail/fips/186/5/final
* RFC 9380, https://www.rfc-editor.org/rfc/rfc9380#section-5
* @param hash hash output from SHA3 or a similar function
* @param groupOrder size of subgroup - (e.g. secp256k1.CURVE.n)
* @param isLE interpret hash bytes as LE num
* @returns valid private scalar
*/
function mapHashToField(key, fieldOrder, isLE = false) {
	const len = key.length;
	const fieldLen = getFieldBytesLength(fieldOrder);
	const minLen = getMinHashLength(fieldOrder);
	if (len < 16 || len < minLen || len > 1024) throw new Error("expected " + minLen + "-1024 bytes of input, got " + len);
	const reduced = mod(isLE ? bytesToNumberLE(key) : bytesToNumberBE(key), fieldOrder - _1n$5) + _1n$5;
	return isLE ? numberToBytesLE(reduced, fieldLen) : numberToBytesBE(reduced, fieldLen);
}
var _0n$5, _1n$5, _2n$5, _3n$1, _4n$1, _5n$1, _7n$1, _8n$2, _9n, _16n, isNegativeLE, FIELD_FIELDS;
var init_modular = __esmMin((() => {
	init_utils();
	_0n$5 = BigInt(0);
	_1n$5 = BigInt(1);
	_2n$5 = /* @__PURE__ */ BigInt(2);
	_3n$1 = /* @__PURE__ */ BigInt(3);
	_4n$1 = /* @__PURE__ */ BigInt(4);
	_5n$1 = /* @__PURE__ */ BigInt(5);
	_7n$1 = /* @__PURE__ */ BigInt(7);
	_8n$2 = /* @__PURE__ */ BigInt(8);
	_9n = /* @__PURE__ */ BigInt(9);
	_16n = /* @__PURE__ */ BigInt(16);
	isNegativeLE = (num, modulo) => (mod(num, modulo) & _1n$5) === _1n$5;
	FIELD_FIELDS = [
		"create",
		"isValid",
		"is0",
		"neg",
		"inv",
		"sqrt",
		"sqr",
		"eql",
		"add",
		"sub",
		"mul",
		"pow",
		"div",
		"addN",
		"subN",
		"mulN",
		"sqrN"
	];
}));
// node_modules/@noble/curves/esm/abstract/curve.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
function negateCt(condition, item) {
	const neg = item.negate();
	return condition ? neg : item;
}
/**
* Takes a bunch of Projective Points but executes only one
* inversion on all of them. Inversion is very slow operation,
* so this improves performance massively.
* Optimization: converts a list of projective points to a list of identical points with Z=1.
*/
function normalizeZ(c, points) {
	const invertedZs = FpInvertBatch(c.Fp, points.map((p) => p.Z));
	return points.map((p, i) => c.fromAffine(p.toAffine(invertedZs[i])));
}
function validateW(W, bits) {
	if (!Number.isSafeInteger(W) || W <= 0 || W > bits) throw new Error("invalid window size, expected [1.." + bits + "], got W=" + W);
}
function calcWOpts(W, scalarBits) {
	validateW(W, scalarBits);
	const windows = Math.ceil(scalarBits / W) + 1;
	const windowSize = 2 ** (W - 1);
	const maxNumber = 2 ** W;
	return {
		windows,
		windowSize,
		mask: bitMask(W),
		maxNumber,
		shiftBy: BigInt(W)
	};
}
function calcOffsets(n, window, wOpts) {
	const { windowSize, mask, maxNumber, shiftBy } = wOpts;
	let wbits = Number(n & mask);
	let nextN = n >> shiftBy;
	if (wbits > windowSize) {
		wbits -= maxNumber;
		nextN += _1n$4;
	}
	const offsetStart = window * windowSize;
	const offset = offsetStart + Math.abs(wbits) - 1;
	const isZero = wbits === 0;
	const isNeg = wbits < 0;
	const isNegF = window % 2 !== 0;
	return {
		nextN,
		offset,
		isZero,
		isNeg,
		isNegF,
		offsetF: offsetStart
	};
}
function validateMSMPoints(points, c) {
	if (!Array.isArray(points)) throw new Error("array expected");
	points.forEach((p, i) => {
		if (!(p instanceof c)) throw new Error("invalid point at index " + i);
	});
}
function validateMSMScalars(scalars, field) {
	if (!Array.isArray(scalars)) throw new Error("array of scalars expected");
	scalars.forEach((s, i) => {
		if (!field.isValid(s)) throw new Error("invalid scalar at index " + i);
	});
}
function getW(P) {
	return pointWindowSizes.get(P) || 1;
}
function assert0(n) {
	if (n !== _0n$4) throw new Error("invalid wNAF");
}
/**
* Endomorphism-specific multiplication for Koblitz curves.
* Cost: 128 dbl, 0-256 adds.
*/
function mulEndoUnsafe(Point, point, k1, k2) {
	let acc = point;
	let p1 = Point.ZERO;
	let p2 = Point.ZERO;
	while (k1 > _0n$4 || k2 > _0n$4) {
		if (k1 & _1n$4) p1 = p1.add(acc);
		if (k2 & _1n$4) p2 = p2.add(acc);
		acc = acc.double();
		k1 >>= _1n$4;
		k2 >>= _1n$4;
	}
	return {
		p1,
		p2
	};
}
/**
* Pippenger algorithm for multi-scalar multiplication (MSM, Pa + Qb + Rc + ...).
* 30x faster vs naive addition on L=4096, 10x faster than precomputes.
* For N=254bit, L=1, it does: 1024 ADD + 254 DBL. For L=5: 1536 ADD + 254 DBL.
* Algorithmically constant-time (for same L), even when 1 point + scalar, or when scalar = 0.
* @param c Curve Point constructor
* @param fieldN field over CURVE.N - important that it's not over CURVE.P
* @param points array of L curve points
* @param scalars array of L scalars (aka secret keys / bigints)
*/
function pippenger(c, fieldN, points, scalars) {
	validateMSMPoints(points, c);
	validateMSMScalars(scalars, fieldN);
	const plength = points.length;
	const slength = scalars.length;
	if (plength !== slength) throw new Error("arrays of points and scalars must have equal length");
	const zero = c.ZERO;
	const wbits = bitLen(BigInt(plength));
	let windowSize = 1;
	if (wbits > 12) windowSize = wbits - 3;
	else if (wbits > 4) windowSize = wbits - 2;
	else if (wbits > 0) windowSize = 2;
	const MASK = bitMask(windowSize);
	const buckets = new Array(Number(MASK) + 1).fill(zero);
	const lastBits = Math.floor((fieldN.BITS - 1) / windowSize) * windowSize;
	let sum = zero;
	for (let i = lastBits; i >= 0; i -= windowSize) {
		buckets.fill(zero);
		for (let j = 0; j < slength; j++) {
			const scalar = scalars[j];
			const wbits = Number(scalar >> BigInt(i) & MASK);
			buckets[wbits] = buckets[wbits].add(points[j]);
		}
		let resI = zero;
		for (let j = buckets.length - 1, sumI = zero; j > 0; j--) {
			sumI = sumI.add(buckets[j]);
			resI = resI.add(sumI);
		}
		sum = sum.add(resI);
		if (i !== 0) for (let j = 0; j < windowSize; j++) sum = sum.double();
	}
	return sum;
}
function createField(order, field, isLE) {
	if (field) {
		if (field.ORDER !== order) throw new Error("Field.ORDER must match order: Fp == p, Fn == n");
		validateField(field);
		return field;
	} else return Field(order, { isLE });
}
/** Validates CURVE opts and creates fields */
function _createCurveFields(type, CURVE, curveOpts = {}, FpFnLE) {
	if (FpFnLE === void 0) FpFnLE = type === "edwards";
	if (!CURVE || typeof CURVE !== "object") throw new Error(`expected valid ${type} CURVE object`);
	for (const p of [
		"p",
		"n",
		"h"
	]) {
		const val = CURVE[p];
		if (!(typeof val === "bigint" && val > _0n$4)) throw new Error(`CURVE.${p} must be positive bigint`);
	}
	const Fp = createField(CURVE.p, curveOpts.Fp, FpFnLE);
	const Fn = createField(CURVE.n, curveOpts.Fn, FpFnLE);
	const params = [
		"Gx",
		"Gy",
		"a",
		type === "weierstrass" ? "b" : "d"
	];
	for (const p of params) if (!Fp.isValid(CURVE[p])) throw new Error(`CURVE.${p} must be valid field element of CURVE.Fp`);
	CURVE = Object.freeze(Object.assign({}, CURVE));
	return {
		CURVE,
		Fp,
		Fn
	};
}
var _0n$4, _1n$4, pointPrecomputes, pointWindowSizes, wNAF;
var init_curve = __esmMin((() => {
	init_utils();
	init_modular();
	_0n$4 = BigInt(0);
	_1n$4 = BigInt(1);
	pointPrecomputes = /* @__PURE__ */ new WeakMap();
	pointWindowSizes = /* @__PURE__ */ new WeakMap();
	wNAF = class {
		constructor(Point, bits) {
			this.BASE = Point.BASE;
			this.ZERO = Point.ZERO;
			this.Fn = Point.Fn;
			this.bits = bits;
		}
		_unsafeLadder(elm, n, p = this.ZERO) {
			let d = elm;
			while (n > _0n$4) {
				if (n & _1n$4) p = p.add(d);
				d = d.double();
				n >>= _1n$4;
			}
			return p;
		}
		/**
		* Creates a wNAF precomputation window. Used for caching.
		* Default window size is set by `utils.precompute()` and is equal to 8.
		* Number of precomputed points depends on the curve size:
		* 2^(𝑊−1) * (Math.ceil(𝑛 / 𝑊) + 1), where:
		* - 𝑊 is the window size
		* - 𝑛 is the bitlength of the curve order.
		* For a 256-bit curve and window size 8, the number of precomputed points is 128 * 33 = 4224.
		* @param point Point instance
		* @param W window size
		* @returns precomputed point tables flattened to a single array
		*/
		precomputeWindow(point, W) {
			const { windows, windowSize } = calcWOpts(W, this.bits);
			const points = [];
			let p = point;
			let base = p;
			for (let window = 0; window < windows; window++) {
				base = p;
				points.push(base);
				for (let i = 1; i < windowSize; i++) {
					base = base.add(p);
					points.push(base);
				}
				p = base.double();
			}
			return points;
		}
		/**
		* Implements ec multiplication using precomputed tables and w-ary non-adjacent form.
		* More compact implementation:
		* https://github.com/paulmillr/noble-secp256k1/blob/47cb1669b6e506ad66b35fe7d76132ae97465da2/index.ts#L502-L541
		* @returns real and fake (for const-time) points
		*/
		wNAF(W, precomputes, n) {
			if (!this.Fn.isValid(n)) throw new Error("invalid scalar");
			let p = this.ZERO;
			let f = this.BASE;
			const wo = calcWOpts(W, this.bits);
			for (let window = 0; window < wo.windows; window++) {
				const { nextN, offset, isZero, isNeg, isNegF, offsetF } = calcOffsets(n, window, wo);
				n = nextN;
				if (isZero) f = f.add(negateCt(isNegF, precomputes[offsetF]));
				else p = p.add(negateCt(isNeg, precomputes[offset]));
			}
			assert0(n);
			return {
				p,
				f
			};
		}
		/**
		* Implements ec unsafe (non const-time) multiplication using precomputed tables and w-ary non-adjacent form.
		* @param acc accumulator point to add result of multiplication
		* @returns point
		*/
		wNAFUnsafe(W, precomputes, n, acc = this.ZERO) {
			const wo = calcWOpts(W, this.bits);
			for (let window = 0; window < wo.windows; window++) {
				if (n === _0n$4) break;
				const { nextN, offset, isZero, isNeg } = calcOffsets(n, window, wo);
				n = nextN;
				if (isZero) continue;
				else {
					const item = precomputes[offset];
					acc = acc.add(isNeg ? item.negate() : item);
				}
			}
			assert0(n);
			return acc;
		}
		getPrecomputes(W, point, transform) {
			let comp = pointPrecomputes.get(point);
			if (!comp) {
				comp = this.precomputeWindow(point, W);
				if (W !== 1) {
					if (typeof transform === "function") comp = transform(comp);
					pointPrecomputes.set(point, comp);
				}
			}
			return comp;
		}
		cached(point, scalar, transform) {
			const W = getW(point);
			return this.wNAF(W, this.getPrecomputes(W, point, transform), scalar);
		}
		unsafe(point, scalar, transform, prev) {
			const W = getW(point);
			if (W === 1) return this._unsafeLadder(point, scalar, prev);
			return this.wNAFUnsafe(W, this.getPrecomputes(W, point, transform), scalar, prev);
		}
		createCache(P, W) {
			validateW(W, this.bits);
			pointWindowSizes.set(P, W);
			pointPrecomputes.delete(P);
		}
		hasCache(elm) {
			return getW(elm) !== 1;
		}
	};
}));
// node_modules/@noble/curves/esm/abstract/edwards.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
function isEdValidXY(Fp, CURVE, x, y) {
	const x2 = Fp.sqr(x);
	const y2 = Fp.sqr(y);
	const left = Fp.add(Fp.mul(CURVE.a, x2), y2);
	const right = Fp.add(Fp.ONE, Fp.mul(CURVE.d, Fp.mul(x2, y2)));
	return Fp.eql(left, right);
}
function edwards(params, extraOpts = {}) {
	const validated = _createCurveFields("edwards", params, extraOpts, extraOpts.FpFnLE);
	const { Fp, Fn } = validated;
	let CURVE = validated.CURVE;
	const { h: cofactor } = CURVE;
	_validateObject(extraOpts, {}, { uvRatio: "function" });
	const MASK = _2n$4 << BigInt(Fn.BYTES * 8) - _1n$3;
	const modP = (n) => Fp.create(n);
	const uvRatio = extraOpts.uvRatio || ((u, v) => {
		try {
			return {
				isValid: true,
				value: Fp.sqrt(Fp.div(u, v))
			};
		} catch (e) {
			return {
				isValid: false,
				value: _0n$3
			};
		}
	});
	if (!isEdValidXY(Fp, CURVE, CURVE.Gx, CURVE.Gy)) throw new Error("bad curve params: generator point");
	/**
	* Asserts coordinate is valid: 0 <= n < MASK.
	* Coordinates >= Fp.ORDER are allowed for zip215.
	*/
	function acoord(title, n, banZero = false) {
		const min = banZero ? _1n$3 : _0n$3;
		aInRange("coordinate " + title, n, min, MASK);
		return n;
	}
	function aextpoint(other) {
		if (!(other instanceof Point)) throw new Error("ExtendedPoint expected");
	}
	const toAffineMemo = memoized((p, iz) => {
		const { X, Y, Z } = p;
		const is0 = p.is0();
		if (iz == null) iz = is0 ? _8n$1 : Fp.inv(Z);
		const x = modP(X * iz);
		const y = modP(Y * iz);
		const zz = Fp.mul(Z, iz);
		if (is0) return {
			x: _0n$3,
			y: _1n$3
		};
		if (zz !== _1n$3) throw new Error("invZ was invalid");
		return {
			x,
			y
		};
	});
	const assertValidMemo = memoized((p) => {
		const { a, d } = CURVE;
		if (p.is0()) throw new Error("bad point: ZERO");
		const { X, Y, Z, T } = p;
		const X2 = modP(X * X);
		const Y2 = modP(Y * Y);
		const Z2 = modP(Z * Z);
		const Z4 = modP(Z2 * Z2);
		const aX2 = modP(X2 * a);
		if (modP(Z2 * modP(aX2 + Y2)) !== modP(Z4 + modP(d * modP(X2 * Y2)))) throw new Error("bad point: equation left != right (1)");
		if (modP(X * Y) !== modP(Z * T)) throw new Error("bad point: equation left != right (2)");
		return true;
	});
	class Point {
		constructor(X, Y, Z, T) {
			this.X = acoord("x", X);
			this.Y = acoord("y", Y);
			this.Z = acoord("z", Z, true);
			this.T = acoord("t", T);
			Object.freeze(this);
		}
		static CURVE() {
			return CURVE;
		}
		static fromAffine(p) {
			if (p instanceof Point) throw new Error("extended point not allowed");
			const { x, y } = p || {};
			acoord("x", x);
			acoord("y", y);
			return new Point(x, y, _1n$3, modP(x * y));
		}
		static fromBytes(bytes, zip215 = false) {
			const len = Fp.BYTES;
			const { a, d } = CURVE;
			bytes = copyBytes(_abytes2(bytes, len, "point"));
			_abool2(zip215, "zip215");
			const normed = copyBytes(bytes);
			const lastByte = bytes[len - 1];
			normed[len - 1] = lastByte & -129;
			const y = bytesToNumberLE(normed);
			const max = zip215 ? MASK : Fp.ORDER;
			aInRange("point.y", y, _0n$3, max);
			const y2 = modP(y * y);
			const u = modP(y2 - _1n$3);
			const v = modP(d * y2 - a);
			let { isValid, value: x } = uvRatio(u, v);
			if (!isValid) throw new Error("bad point: invalid y coordinate");
			const isXOdd = (x & _1n$3) === _1n$3;
			const isLastByteOdd = (lastByte & 128) !== 0;
			if (!zip215 && x === _0n$3 && isLastByteOdd) throw new Error("bad point: x=0 and x_0=1");
			if (isLastByteOdd !== isXOdd) x = modP(-x);
			return Point.fromAffine({
				x,
				y
			});
		}
		static fromHex(bytes, zip215 = false) {
			return Point.fromBytes(ensureBytes("point", bytes), zip215);
		}
		get x() {
			return this.toAffine().x;
		}
		get y() {
			return this.toAffine().y;
		}
		precompute(windowSize = 8, isLazy = true) {
			wnaf.createCache(this, windowSize);
			if (!isLazy) this.multiply(_2n$4);
			return this;
		}
		assertValidity() {
			assertValidMemo(this);
		}
		equals(other) {
			aextpoint(other);
			const { X: X1, Y: Y1, Z: Z1 } = this;
			const { X: X2, Y: Y2, Z: Z2 } = other;
			const X1Z2 = modP(X1 * Z2);
			const X2Z1 = modP(X2 * Z1);
			const Y1Z2 = modP(Y1 * Z2);
			const Y2Z1 = modP(Y2 * Z1);
			return X1Z2 === X2Z1 && Y1Z2 === Y2Z1;
		}
		is0() {
			return this.equals(Point.ZERO);
		}
		negate() {
			return new Point(modP(-this.X), this.Y, this.Z, modP(-this.T));
		}
		double() {
			const { a } = CURVE;
			const { X: X1, Y: Y1, Z: Z1 } = this;
			const A = modP(X1 * X1);
			const B = modP(Y1 * Y1);
			const C = modP(_2n$4 * modP(Z1 * Z1));
			const D = modP(a * A);
			const x1y1 = X1 + Y1;
			const E = modP(modP(x1y1 * x1y1) - A - B);
			const G = D + B;
			const F = G - C;
			const H = D - B;
			const X3 = modP(E * F);
			const Y3 = modP(G * H);
			const T3 = modP(E * H);
			const Z3 = modP(F * G);
			return new Point(X3, Y3, Z3, T3);
		}
		add(other) {
			aextpoint(other);
			const { a, d } = CURVE;
			const { X: X1, Y: Y1, Z: Z1, T: T1 } = this;
			const { X: X2, Y: Y2, Z: Z2, T: T2 } = other;
			const A = modP(X1 * X2);
			const B = modP(Y1 * Y2);
			const C = modP(T1 * d * T2);
			const D = modP(Z1 * Z2);
			const E = modP((X1 + Y1) * (X2 + Y2) - A - B);
			const F = D - C;
			const G = D + C;
			const H = modP(B - a * A);
			const X3 = modP(E * F);
			const Y3 = modP(G * H);
			const T3 = modP(E * H);
			const Z3 = modP(F * G);
			return new Point(X3, Y3, Z3, T3);
		}
		subtract(other) {
			return this.add(other.negate());
		}
		multiply(scalar) {
			if (!Fn.isValidNot0(scalar)) throw new Error("invalid scalar: expected 1 <= sc < curve.n");
			const { p, f } = wnaf.cached(this, scalar, (p) => normalizeZ(Point, p));
			return normalizeZ(Point, [p, f])[0];
		}
		multiplyUnsafe(scalar, acc = Point.ZERO) {
			if (!Fn.isValid(scalar)) throw new Error("invalid scalar: expected 0 <= sc < curve.n");
			if (scalar === _0n$3) return Point.ZERO;
			if (this.is0() || scalar === _1n$3) return this;
			return wnaf.unsafe(this, scalar, (p) => normalizeZ(Point, p), acc);
		}
		isSmallOrder() {
			return this.multiplyUnsafe(cofactor).is0();
		}
		isTorsionFree() {
			return wnaf.unsafe(this, CURVE.n).is0();
		}
		toAffine(invertedZ) {
			return toAffineMemo(this, invertedZ);
		}
		clearCofactor() {
			if (cofactor === _1n$3) return this;
			return this.multiplyUnsafe(cofactor);
		}
		toBytes() {
			const { x, y } = this.toAffine();
			const bytes = Fp.toBytes(y);
			bytes[bytes.length - 1] |= x & _1n$3 ? 128 : 0;
			return bytes;
		}
		toHex() {
			return bytesToHex(this.toBytes());
		}
		toString() {
			return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
		}
		get ex() {
			return this.X;
		}
		get ey() {
			return this.Y;
		}
		get ez() {
			return this.Z;
		}
		get et() {
			return this.T;
		}
		static normalizeZ(points) {
			return normalizeZ(Point, points);
		}
		static msm(points, scalars) {
			return pippenger(Point, Fn, points, scalars);
		}
		_setWindowSize(windowSize) {
			this.precompute(windowSize);
		}
		toRawBytes() {
			return this.toBytes();
		}
	}
	Point.BASE = new Point(CURVE.Gx, CURVE.Gy, _1n$3, modP(CURVE.Gx * CURVE.Gy));
	Point.ZERO = new Point(_0n$3, _1n$3, _1n$3, _0n$3);
	Point.Fp = Fp;
	Point.Fn = Fn;
	const wnaf = new wNAF(Point, Fn.BITS);
	Point.BASE.precompute(8);
	return Point;
}
/**
* Initializes EdDSA signatures over given Edwards curve.
*/
function eddsa(Point, cHash, eddsaOpts = {}) {
	if (typeof cHash !== "function") throw new Error("\"hash\" function param is required");
	_validateObject(eddsaOpts, {}, {
		adjustScalarBytes: "function",
		randomBytes: "function",
		domain: "function",
		prehash: "function",
		mapToCurve: "function"
	});
	const { prehash } = eddsaOpts;
	const { BASE, Fp, Fn } = Point;
	const randomBytes$2 = eddsaOpts.randomBytes || randomBytes;
	const adjustScalarBytes = eddsaOpts.adjustScalarBytes || ((bytes) => bytes);
	const domain = eddsaOpts.domain || ((data, ctx, phflag) => {
		_abool2(phflag, "phflag");
		if (ctx.length || phflag) throw new Error("Contexts/pre-hash are not supported");
		return data;
	});
	function modN_LE(hash) {
		return Fn.create(bytesToNumberLE(hash));
	}
	function getPrivateScalar(key) {
		const len = lengths.secretKey;
		key = ensureBytes("private key", key, len);
		const hashed = ensureBytes("hashed private key", cHash(key), 2 * len);
		const head = adjustScalarBytes(hashed.slice(0, len));
		return {
			head,
			prefix: hashed.slice(len, 2 * len),
			scalar: modN_LE(head)
		};
	}
	/** Convenience method that creates public key from scalar. RFC8032 5.1.5 */
	function getExtendedPublicKey(secretKey) {
		const { head, prefix, scalar } = getPrivateScalar(secretKey);
		const point = BASE.multiply(scalar);
		return {
			head,
			prefix,
			scalar,
			point,
			pointBytes: point.toBytes()
		};
	}
	/** Calculates EdDSA pub key. RFC8032 5.1.5. */
	function getPublicKey(secretKey) {
		return getExtendedPublicKey(secretKey).pointBytes;
	}
	function hashDomainToScalar(context = Uint8Array.of(), ...msgs) {
		const msg = concatBytes(...msgs);
		return modN_LE(cHash(domain(msg, ensureBytes("context", context), !!prehash)));
	}
	/** Signs message with privateKey. RFC8032 5.1.6 */
	function sign(msg, secretKey, options = {}) {
		msg = ensureBytes("message", msg);
		if (prehash) msg = prehash(msg);
		const { prefix, scalar, pointBytes } = getExtendedPublicKey(secretKey);
		const r = hashDomainToScalar(options.context, prefix, msg);
		const R = BASE.multiply(r).toBytes();
		const k = hashDomainToScalar(options.context, R, pointBytes, msg);
		const s = Fn.create(r + k * scalar);
		if (!Fn.isValid(s)) throw new Error("sign failed: invalid s");
		return _abytes2(concatBytes(R, Fn.toBytes(s)), lengths.signature, "result");
	}
	const verifyOpts = { zip215: true };
	/**
	* Verifies EdDSA signature against message and public key. RFC8032 5.1.7.
	* An extended group equation is checked.
	*/
	function verify(sig, msg, publicKey, options = verifyOpts) {
		const { context, zip215 } = options;
		const len = lengths.signature;
		sig = ensureBytes("signature", sig, len);
		msg = ensureBytes("message", msg);
		publicKey = ensureBytes("publicKey", publicKey, lengths.publicKey);
		if (zip215 !== void 0) _abool2(zip215, "zip215");
		if (prehash) msg = prehash(msg);
		const mid = len / 2;
		const r = sig.subarray(0, mid);
		const s = bytesToNumberLE(sig.subarray(mid, len));
		let A, R, SB;
		try {
			A = Point.fromBytes(publicKey, zip215);
			R = Point.fromBytes(r, zip215);
			SB = BASE.multiplyUnsafe(s);
		} catch (error) {
			return false;
		}
		if (!zip215 && A.isSmallOrder()) return false;
		const k = hashDomainToScalar(context, R.toBytes(), A.toBytes(), msg);
		return R.add(A.multiplyUnsafe(k)).subtract(SB).clearCofactor().is0();
	}
	const _size = Fp.BYTES;
	const lengths = {
		secretKey: _size,
		publicKey: _size,
		signature: 2 * _size,
		seed: _size
	};
	function randomSecretKey(seed = randomBytes$2(lengths.seed)) {
		return _abytes2(seed, lengths.seed, "seed");
	}
	function keygen(seed) {
		const secretKey = utils.randomSecretKey(seed);
		return {
			secretKey,
			publicKey: getPublicKey(secretKey)
		};
	}
	function isValidSecretKey(key) {
		return isBytes(key) && key.length === Fn.BYTES;
	}
	function isValidPublicKey(key, zip215) {
		try {
			return !!Point.fromBytes(key, zip215);
		} catch (error) {
			return false;
		}
	}
	const utils = {
		getExtendedPublicKey,
		randomSecretKey,
		isValidSecretKey,
		isValidPublicKey,
		/**
		* Converts ed public key to x public key. Uses formula:
		* - ed25519:
		*   - `(u, v) = ((1+y)/(1-y), sqrt(-486664)*u/x)`
		*   - `(x, y) = (sqrt(-486664)*u/v, (u-1)/(u+1))`
		* - ed448:
		*   - `(u, v) = ((y-1)/(y+1), sqrt(156324)*u/x)`
		*   - `(x, y) = (sqrt(156324)*u/v, (1+u)/(1-u))`
		*/
		toMontgomery(publicKey) {
			const { y } = Point.fromBytes(publicKey);
			const size = lengths.publicKey;
			const is25519 = size === 32;
			if (!is25519 && size !== 57) throw new Error("only defined for 25519 and 448");
			const u = is25519 ? Fp.div(_1n$3 + y, _1n$3 - y) : Fp.div(y - _1n$3, y + _1n$3);
			return Fp.toBytes(u);
		},
		toMontgomerySecret(secretKey) {
			const size = lengths.secretKey;
			_abytes2(secretKey, size);
			const hashed = cHash(secretKey.subarray(0, size));
			return adjustScalarBytes(hashed).subarray(0, size);
		},
		/** @deprecated */
		randomPrivateKey: randomSecretKey,
		/** @deprecated */
		precompute(windowSize = 8, point = Point.BASE) {
			return point.precompute(windowSize, false);
		}
	};
	return Object.freeze({
		keygen,
		getPublicKey,
		sign,
		verify,
		utils,
		Point,
		lengths
	});
}
function _eddsa_legacy_opts_to_new(c) {
	const CURVE = {
		a: c.a,
		d: c.d,
		p: c.Fp.ORDER,
		n: c.n,
		h: c.h,
		Gx: c.Gx,
		Gy: c.Gy
	};
	const curveOpts = {
		Fp: c.Fp,
		Fn: Field(CURVE.n, c.nBitLength, true),
		uvRatio: c.uvRatio
	};
	const eddsaOpts = {
		randomBytes: c.randomBytes,
		adjustScalarBytes: c.adjustScalarBytes,
		domain: c.domain,
		prehash: c.prehash,
		mapToCurve: c.mapToCurve
	};
	return {
		CURVE,
		curveOpts,
		hash: c.hash,
		eddsaOpts
	};
}
function _eddsa_new_output_to_legacy(c, eddsa) {
	const Point = eddsa.Point;
	return Object.assign({}, eddsa, {
		ExtendedPoint: Point,
		CURVE: c,
		nBitLength: Point.Fn.BITS,
		nByteLength: Point.Fn.BYTES
	});
}
function twistedEdwards(c) {
	const { CURVE, curveOpts, hash, eddsaOpts } = _eddsa_legacy_opts_to_new(c);
	return _eddsa_new_output_to_legacy(c, eddsa(edwards(CURVE, curveOpts), hash, eddsaOpts));
}
var _0n$3, _1n$3, _2n$4, _8n$1, PrimeEdwardsPoint;
var init_edwards = __esmMin((() => {
	init_utils();
	init_curve();
	init_modular();
	_0n$3 = BigInt(0);
	_1n$3 = BigInt(1);
	_2n$4 = BigInt(2);
	_8n$1 = BigInt(8);
	PrimeEdwardsPoint = class {
		constructor(ep) {
			this.ep = ep;
		}
		static fromBytes(_bytes) {
			notImplemented();
		}
		static fromHex(_hex) {
			notImplemented();
		}
		get x() {
			return this.toAffine().x;
		}
		get y() {
			return this.toAffine().y;
		}
		clearCofactor() {
			return this;
		}
		assertValidity() {
			this.ep.assertValidity();
		}
		toAffine(invertedZ) {
			return this.ep.toAffine(invertedZ);
		}
		toHex() {
			return bytesToHex(this.toBytes());
		}
		toString() {
			return this.toHex();
		}
		isTorsionFree() {
			return true;
		}
		isSmallOrder() {
			return false;
		}
		add(other) {
			this.assertSame(other);
			return this.init(this.ep.add(other.ep));
		}
		subtract(other) {
			this.assertSame(other);
			return this.init(this.ep.subtract(other.ep));
		}
		multiply(scalar) {
			return this.init(this.ep.multiply(scalar));
		}
		multiplyUnsafe(scalar) {
			return this.init(this.ep.multiplyUnsafe(scalar));
		}
		double() {
			return this.init(this.ep.double());
		}
		negate() {
			return this.init(this.ep.negate());
		}
		precompute(windowSize, isLazy) {
			return this.init(this.ep.precompute(windowSize, isLazy));
		}
		/** @deprecated use `toBytes` */
		toRawBytes() {
			return this.toBytes();
		}
	};
}));
// node_modules/@noble/curves/esm/ed25519.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
function ed25519_pow_2_252_3(x) {
	const _10n = BigInt(10), _20n = BigInt(20), _40n = BigInt(40), _80n = BigInt(80);
	const P = ed25519_CURVE_p;
	const b2 = x * x % P * x % P;
	const b5 = pow2(pow2(b2, _2n$3, P) * b2 % P, _1n$2, P) * x % P;
	const b10 = pow2(b5, _5n, P) * b5 % P;
	const b20 = pow2(b10, _10n, P) * b10 % P;
	const b40 = pow2(b20, _20n, P) * b20 % P;
	const b80 = pow2(b40, _40n, P) * b40 % P;
	return {
		pow_p_5_8: pow2(pow2(pow2(pow2(b80, _80n, P) * b80 % P, _80n, P) * b80 % P, _10n, P) * b10 % P, _2n$3, P) * x % P,
		b2
	};
}
function adjustScalarBytes(bytes) {
	bytes[0] &= 248;
	bytes[31] &= 127;
	bytes[31] |= 64;
	return bytes;
}
function uvRatio(u, v) {
	const P = ed25519_CURVE_p;
	const v3 = mod(v * v * v, P);
	const pow = ed25519_pow_2_252_3(u * mod(v3 * v3 * v, P)).pow_p_5_8;
	let x = mod(u * v3 * pow, P);
	const vx2 = mod(v * x * x, P);
	const root1 = x;
	const root2 = mod(x * ED25519_SQRT_M1, P);
	const useRoot1 = vx2 === u;
	const useRoot2 = vx2 === mod(-u, P);
	const noRoot = vx2 === mod(-u * ED25519_SQRT_M1, P);
	if (useRoot1) x = root1;
	if (useRoot2 || noRoot) x = root2;
	if (isNegativeLE(x, P)) x = mod(-x, P);
	return {
		isValid: useRoot1 || useRoot2,
		value: x
	};
}
/**
* Computes Elligator map for Ristretto255.
* Described in [RFC9380](https://www.rfc-editor.org/rfc/rfc9380#appendix-B) and on
* the [website](https://ristretto.group/formulas/elligator.html).
*/
function calcElligatorRistrettoMap(r0) {
	const { d } = ed25519_CURVE;
	const P = ed25519_CURVE_p;
	const mod = (n) => Fp.create(n);
	const r = mod(SQRT_M1 * r0 * r0);
	const Ns = mod((r + _1n$2) * ONE_MINUS_D_SQ);
	let c = BigInt(-1);
	const D = mod((c - d * r) * mod(r + d));
	let { isValid: Ns_D_is_sq, value: s } = uvRatio(Ns, D);
	let s_ = mod(s * r0);
	if (!isNegativeLE(s_, P)) s_ = mod(-s_);
	if (!Ns_D_is_sq) s = s_;
	if (!Ns_D_is_sq) c = r;
	const Nt = mod(c * (r - _1n$2) * D_MINUS_ONE_SQ - D);
	const s2 = s * s;
	const W0 = mod((s + s) * D);
	const W1 = mod(Nt * SQRT_AD_MINUS_ONE);
	const W2 = mod(_1n$2 - s2);
	const W3 = mod(_1n$2 + s2);
	return new ed25519.Point(mod(W0 * W3), mod(W2 * W1), mod(W1 * W3), mod(W0 * W2));
}
function ristretto255_map(bytes) {
	abytes(bytes, 64);
	const R1 = calcElligatorRistrettoMap(bytes255ToNumberLE(bytes.subarray(0, 32)));
	const R2 = calcElligatorRistrettoMap(bytes255ToNumberLE(bytes.subarray(32, 64)));
	return new _RistrettoPoint(R1.add(R2));
}
var _0n$2, _1n$2, _2n$3, _5n, _8n, ed25519_CURVE_p, ed25519_CURVE, ED25519_SQRT_M1, Fp, Fn, ed25519Defaults, ed25519, SQRT_M1, SQRT_AD_MINUS_ONE, INVSQRT_A_MINUS_D, ONE_MINUS_D_SQ, D_MINUS_ONE_SQ, invertSqrt, MAX_255B, bytes255ToNumberLE, _RistrettoPoint;
var init_ed25519 = __esmMin((() => {
	init_sha2();
	init_utils$1();
	init_curve();
	init_edwards();
	init_modular();
	init_utils();
	_0n$2 = /* @__PURE__ */ BigInt(0);
	_1n$2 = BigInt(1);
	_2n$3 = BigInt(2);
	_5n = BigInt(5);
	_8n = BigInt(8);
	ed25519_CURVE_p = BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed");
	ed25519_CURVE = /* @__PURE__ */ (() => ({
		p: ed25519_CURVE_p,
		n: BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),
		h: _8n,
		a: BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),
		d: BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),
		Gx: BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),
		Gy: BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")
	}))();
	ED25519_SQRT_M1 = /* @__PURE__ */ BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");
	Fp = /* @__PURE__ */ (() => Field(ed25519_CURVE.p, { isLE: true }))();
	Fn = /* @__PURE__ */ (() => Field(ed25519_CURVE.n, { isLE: true }))();
	ed25519Defaults = /* @__PURE__ */ (() => ({
		...ed25519_CURVE,
		Fp,
		hash: sha512,
		adjustScalarBytes,
		uvRatio
	}))();
	ed25519 = /* @__PURE__ */ (() => twistedEdwards(ed25519Defaults))();
	SQRT_M1 = ED25519_SQRT_M1;
	SQRT_AD_MINUS_ONE = /* @__PURE__ */ BigInt("25063068953384623474111414158702152701244531502492656460079210482610430750235");
	INVSQRT_A_MINUS_D = /* @__PURE__ */ BigInt("54469307008909316920995813868745141605393597292927456921205312896311721017578");
	ONE_MINUS_D_SQ = /* @__PURE__ */ BigInt("1159843021668779879193775521855586647937357759715417654439879720876111806838");
	D_MINUS_ONE_SQ = /* @__PURE__ */ BigInt("40440834346308536858101042469323190826248399146238708352240133220865137265952");
	invertSqrt = (number) => uvRatio(_1n$2, number);
	MAX_255B = /* @__PURE__ */ BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
	bytes255ToNumberLE = (bytes) => ed25519.Point.Fp.create(bytesToNumberLE(bytes) & MAX_255B);
	_RistrettoPoint = class _RistrettoPoint extends PrimeEdwardsPoint {
		constructor(ep) {
			super(ep);
		}
		static fromAffine(ap) {
			return new _RistrettoPoint(ed25519.Point.fromAffine(ap));
		}
		assertSame(other) {
			if (!(other instanceof _RistrettoPoint)) throw new Error("RistrettoPoint expected");
		}
		init(ep) {
			return new _RistrettoPoint(ep);
		}
		/** @deprecated use `import { ristretto255_hasher } from '@noble/curves/ed25519.js';` */
		static hashToCurve(hex) {
			return ristretto255_map(ensureBytes("ristrettoHash", hex, 64));
		}
		static fromBytes(bytes) {
			abytes(bytes, 32);
			const { a, d } = ed25519_CURVE;
			const P = ed25519_CURVE_p;
			const mod = (n) => Fp.create(n);
			const s = bytes255ToNumberLE(bytes);
			if (!equalBytes(Fp.toBytes(s), bytes) || isNegativeLE(s, P)) throw new Error("invalid ristretto255 encoding 1");
			const s2 = mod(s * s);
			const u1 = mod(_1n$2 + a * s2);
			const u2 = mod(_1n$2 - a * s2);
			const u1_2 = mod(u1 * u1);
			const u2_2 = mod(u2 * u2);
			const v = mod(a * d * u1_2 - u2_2);
			const { isValid, value: I } = invertSqrt(mod(v * u2_2));
			const Dx = mod(I * u2);
			const Dy = mod(I * Dx * v);
			let x = mod((s + s) * Dx);
			if (isNegativeLE(x, P)) x = mod(-x);
			const y = mod(u1 * Dy);
			const t = mod(x * y);
			if (!isValid || isNegativeLE(t, P) || y === _0n$2) throw new Error("invalid ristretto255 encoding 2");
			return new _RistrettoPoint(new ed25519.Point(x, y, _1n$2, t));
		}
		/**
		* Converts ristretto-encoded string to ristretto point.
		* Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-decode).
		* @param hex Ristretto-encoded 32 bytes. Not every 32-byte string is valid ristretto encoding
		*/
		static fromHex(hex) {
			return _RistrettoPoint.fromBytes(ensureBytes("ristrettoHex", hex, 32));
		}
		static msm(points, scalars) {
			return pippenger(_RistrettoPoint, ed25519.Point.Fn, points, scalars);
		}
		/**
		* Encodes ristretto point to Uint8Array.
		* Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-encode).
		*/
		toBytes() {
			let { X, Y, Z, T } = this.ep;
			const P = ed25519_CURVE_p;
			const mod = (n) => Fp.create(n);
			const u1 = mod(mod(Z + Y) * mod(Z - Y));
			const u2 = mod(X * Y);
			const u2sq = mod(u2 * u2);
			const { value: invsqrt } = invertSqrt(mod(u1 * u2sq));
			const D1 = mod(invsqrt * u1);
			const D2 = mod(invsqrt * u2);
			const zInv = mod(D1 * D2 * T);
			let D;
			if (isNegativeLE(T * zInv, P)) {
				let _x = mod(Y * SQRT_M1);
				let _y = mod(X * SQRT_M1);
				X = _x;
				Y = _y;
				D = mod(D1 * INVSQRT_A_MINUS_D);
			} else D = D2;
			if (isNegativeLE(X * zInv, P)) Y = mod(-Y);
			let s = mod((Z - Y) * D);
			if (isNegativeLE(s, P)) s = mod(-s);
			return Fp.toBytes(s);
		}
		/**
		* Compares two Ristretto points.
		* Described in [RFC9496](https://www.rfc-editor.org/rfc/rfc9496#name-equals).
		*/
		equals(other) {
			this.assertSame(other);
			const { X: X1, Y: Y1 } = this.ep;
			const { X: X2, Y: Y2 } = other.ep;
			const mod = (n) => Fp.create(n);
			const one = mod(X1 * Y2) === mod(Y1 * X2);
			const two = mod(Y1 * Y2) === mod(X1 * X2);
			return one || two;
		}
		is0() {
			return this.equals(_RistrettoPoint.ZERO);
		}
	};
	_RistrettoPoint.BASE = /* @__PURE__ */ (() => new _RistrettoPoint(ed25519.Point.BASE))();
	_RistrettoPoint.ZERO = /* @__PURE__ */ (() => new _RistrettoPoint(ed25519.Point.ZERO))();
	_RistrettoPoint.Fp = /* @__PURE__ */ (() => Fp)();
	_RistrettoPoint.Fn = /* @__PURE__ */ (() => Fn)();
}));
// __vite-browser-external
var require___vite_browser_external = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {};
}));
// node_modules/bn.js/lib/bn.js
var require_bn = /* @__PURE__ */ __commonJSMin(((exports, module, this$2) => {
	(function(module, exports) {
		"use strict";
		function assert(val, msg) {
			if (!val) throw new Error(msg || "Assertion failed");
		}
		function inherits(ctor, superCtor) {
			ctor.super_ = superCtor;
			var TempCtor = function() {};
			TempCtor.prototype = superCtor.prototype;
			ctor.prototype = new TempCtor();
			ctor.prototype.constructor = ctor;
		}
		function BN(number, base, endian) {
			if (BN.isBN(number)) return number;
			this.negative = 0;
			this.words = null;
			this.length = 0;
			this.red = null;
			if (number !== null) {
				if (base === "le" || base === "be") {
					endian = base;
					base = 10;
				}
				this._init(number || 0, base || 10, endian || "be");
			}
		}
		if (typeof module === "object") module.exports = BN;
		else exports.BN = BN;
		BN.BN = BN;
		BN.wordSize = 26;
		var Buffer;
		try {
			if (typeof window !== "undefined" && typeof window.Buffer !== "undefined") Buffer = window.Buffer;
			else Buffer = require___vite_browser_external().Buffer;
		} catch (e) {}
		BN.isBN = function isBN(num) {
			if (num instanceof BN) return true;
			return num !== null && typeof num === "object" && num.constructor.wordSize === BN.wordSize && Array.isArray(num.words);
		};
		BN.max = function max(left, right) {
			if (left.cmp(right) > 0) return left;
			return right;
		};
		BN.min = function min(left, right) {
			if (left.cmp(right) < 0) return left;
			return right;
		};
		BN.prototype._init = function init(number, base, endian) {
			if (typeof number === "number") return this._initNumber(number, base, endian);
			if (typeof number === "object") return this._initArray(number, base, endian);
			if (base === "hex") base = 16;
			assert(base === (base | 0) && base >= 2 && base <= 36);
			number = number.toString().replace(/\s+/g, "");
			var start = 0;
			if (number[0] === "-") {
				start++;
				this.negative = 1;
			}
			if (start < number.length) {
				if (base === 16) this._parseHex(number, start, endian);
				else {
					this._parseBase(number, base, start);
					if (endian === "le") this._initArray(this.toArray(), base, endian);
				}
			}
		};
		BN.prototype._initNumber = function _initNumber(number, base, endian) {
			if (number < 0) {
				this.negative = 1;
				number = -number;
			}
			if (number < 67108864) {
				this.words = [number & 67108863];
				this.length = 1;
			} else if (number < 4503599627370496) {
				this.words = [number & 67108863, number / 67108864 & 67108863];
				this.length = 2;
			} else {
				assert(number < 9007199254740992);
				this.words = [
					number & 67108863,
					number / 67108864 & 67108863,
					1
				];
				this.length = 3;
			}
			if (endian !== "le") return;
			this._initArray(this.toArray(), base, endian);
		};
		BN.prototype._initArray = function _initArray(number, base, endian) {
			assert(typeof number.length === "number");
			if (number.length <= 0) {
				this.words = [0];
				this.length = 1;
				return this;
			}
			this.length = Math.ceil(number.length / 3);
			this.words = new Array(this.length);
			for (var i = 0; i < this.length; i++) this.words[i] = 0;
			var j, w;
			var off = 0;
			if (endian === "be") for (i = number.length - 1, j = 0; i >= 0; i -= 3) {
				w = number[i] | number[i - 1] << 8 | number[i - 2] << 16;
				this.words[j] |= w << off & 67108863;
				this.words[j + 1] = w >>> 26 - off & 67108863;
				off += 24;
				if (off >= 26) {
					off -= 26;
					j++;
				}
			}
			else if (endian === "le") for (i = 0, j = 0; i < number.length; i += 3) {
				w = number[i] | number[i + 1] << 8 | number[i + 2] << 16;
				this.words[j] |= w << off & 67108863;
				this.words[j + 1] = w >>> 26 - off & 67108863;
				off += 24;
				if (off >= 26) {
					off -= 26;
					j++;
				}
			}
			return this._strip();
		};
		function parseHex4Bits(string, index) {
			var c = string.charCodeAt(index);
			if (c >= 48 && c <= 57) return c - 48;
			else if (c >= 65 && c <= 70) return c - 55;
			else if (c >= 97 && c <= 102) return c - 87;
			else assert(false, "Invalid character in " + string);
		}
		function parseHexByte(string, lowerBound, index) {
			var r = parseHex4Bits(string, index);
			if (index - 1 >= lowerBound) r |= parseHex4Bits(string, index - 1) << 4;
			return r;
		}
		BN.prototype._parseHex = function _parseHex(number, start, endian) {
			this.length = Math.ceil((number.length - start) / 6);
			this.words = new Array(this.length);
			for (var i = 0; i < this.length; i++) this.words[i] = 0;
			var off = 0;
			var j = 0;
			var w;
			if (endian === "be") for (i = number.length - 1; i >= start; i -= 2) {
				w = parseHexByte(number, start, i) << off;
				this.words[j] |= w & 67108863;
				if (off >= 18) {
					off -= 18;
					j += 1;
					this.words[j] |= w >>> 26;
				} else off += 8;
			}
			else for (i = (number.length - start) % 2 === 0 ? start + 1 : start; i < number.length; i += 2) {
				w = parseHexByte(number, start, i) << off;
				this.words[j] |= w & 67108863;
				if (off >= 18) {
					off -= 18;
					j += 1;
					this.words[j] |= w >>> 26;
				} else off += 8;
			}
			this._strip();
		};
		function parseBase(str, start, end, mul) {
			var r = 0;
			var b = 0;
			var len = Math.min(str.length, end);
			for (var i = start; i < len; i++) {
				var c = str.charCodeAt(i) - 48;
				r *= mul;
				if (c >= 49) b = c - 49 + 10;
				else if (c >= 17) b = c - 17 + 10;
				else b = c;
				assert(c >= 0 && b < mul, "Invalid character");
				r += b;
			}
			return r;
		}
		BN.prototype._parseBase = function _parseBase(number, base, start) {
			this.words = [0];
			this.length = 1;
			for (var limbLen = 0, limbPow = 1; limbPow <= 67108863; limbPow *= base) limbLen++;
			limbLen--;
			limbPow = limbPow / base | 0;
			var total = number.length - start;
			var mod = total % limbLen;
			var end = Math.min(total, total - mod) + start;
			var word = 0;
			for (var i = start; i < end; i += limbLen) {
				word = parseBase(number, i, i + limbLen, base);
				this.imuln(limbPow);
				if (this.words[0] + word < 67108864) this.words[0] += word;
				else this._iaddn(word);
			}
			if (mod !== 0) {
				var pow = 1;
				word = parseBase(number, i, number.length, base);
				for (i = 0; i < mod; i++) pow *= base;
				this.imuln(pow);
				if (this.words[0] + word < 67108864) this.words[0] += word;
				else this._iaddn(word);
			}
			this._strip();
		};
		BN.prototype.copy = function copy(dest) {
			dest.words = new Array(this.length);
			for (var i = 0; i < this.length; i++) dest.words[i] = this.words[i];
			dest.length = this.length;
			dest.negative = this.negative;
			dest.red = this.red;
		};
		function move(dest, src) {
			dest.words = src.words;
			dest.length = src.length;
			dest.negative = src.negative;
			dest.red = src.red;
		}
		BN.prototype._move = function _move(dest) {
			move(dest, this);
		};
		BN.prototype.clone = function clone() {
			var r = new BN(null);
			this.copy(r);
			return r;
		};
		BN.prototype._expand = function _expand(size) {
			while (this.length < size) this.words[this.length++] = 0;
			return this;
		};
		BN.prototype._strip = function strip() {
			while (this.length > 1 && this.words[this.length - 1] === 0) this.length--;
			return this._normSign();
		};
		BN.prototype._normSign = function _normSign() {
			if (this.length === 1 && this.words[0] === 0) this.negative = 0;
			return this;
		};
		if (typeof Symbol !== "undefined" && typeof Symbol.for === "function") try {
			BN.prototype[Symbol.for("nodejs.util.inspect.custom")] = inspect;
		} catch (e) {
			BN.prototype.inspect = inspect;
		}
		else BN.prototype.inspect = inspect;
		function inspect() {
			return (this.red ? "<BN-R: " : "<BN: ") + this.toString(16) + ">";
		}
		var zeros = [
			"",
			"0",
			"00",
			"000",
			"0000",
			"00000",
			"000000",
			"0000000",
			"00000000",
			"000000000",
			"0000000000",
			"00000000000",
			"000000000000",
			"0000000000000",
			"00000000000000",
			"000000000000000",
			"0000000000000000",
			"00000000000000000",
			"000000000000000000",
			"0000000000000000000",
			"00000000000000000000",
			"000000000000000000000",
			"0000000000000000000000",
			"00000000000000000000000",
			"000000000000000000000000",
			"0000000000000000000000000"
		];
		var groupSizes = [
			0,
			0,
			25,
			16,
			12,
			11,
			10,
			9,
			8,
			8,
			7,
			7,
			7,
			7,
			6,
			6,
			6,
			6,
			6,
			6,
			6,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5,
			5
		];
		var groupBases = [
			0,
			0,
			33554432,
			43046721,
			16777216,
			48828125,
			60466176,
			40353607,
			16777216,
			43046721,
			1e7,
			19487171,
			35831808,
			62748517,
			7529536,
			11390625,
			16777216,
			24137569,
			34012224,
			47045881,
			64e6,
			4084101,
			5153632,
			6436343,
			7962624,
			9765625,
			11881376,
			14348907,
			17210368,
			20511149,
			243e5,
			28629151,
			33554432,
			39135393,
			45435424,
			52521875,
			60466176
		];
		BN.prototype.toString = function toString(base, padding) {
			base = base || 10;
			padding = padding | 0 || 1;
			var out;
			if (base === 16 || base === "hex") {
				out = "";
				var off = 0;
				var carry = 0;
				for (var i = 0; i < this.length; i++) {
					var w = this.words[i];
					var word = ((w << off | carry) & 16777215).toString(16);
					carry = w >>> 24 - off & 16777215;
					off += 2;
					if (off >= 26) {
						off -= 26;
						i--;
					}
					if (carry !== 0 || i !== this.length - 1) out = zeros[6 - word.length] + word + out;
					else out = word + out;
				}
				if (carry !== 0) out = carry.toString(16) + out;
				while (out.length % padding !== 0) out = "0" + out;
				if (this.negative !== 0) out = "-" + out;
				return out;
			}
			if (base === (base | 0) && base >= 2 && base <= 36) {
				var groupSize = groupSizes[base];
				var groupBase = groupBases[base];
				out = "";
				var c = this.clone();
				c.negative = 0;
				while (!c.isZero()) {
					var r = c.modrn(groupBase).toString(base);
					c = c.idivn(groupBase);
					if (!c.isZero()) out = zeros[groupSize - r.length] + r + out;
					else out = r + out;
				}
				if (this.isZero()) out = "0" + out;
				while (out.length % padding !== 0) out = "0" + out;
				if (this.negative !== 0) out = "-" + out;
				return out;
			}
			assert(false, "Base should be between 2 and 36");
		};
		BN.prototype.toNumber = function toNumber() {
			var ret = this.words[0];
			if (this.length === 2) ret += this.words[1] * 67108864;
			else if (this.length === 3 && this.words[2] === 1) ret += 4503599627370496 + this.words[1] * 67108864;
			else if (this.length > 2) assert(false, "Number can only safely store up to 53 bits");
			return this.negative !== 0 ? -ret : ret;
		};
		BN.prototype.toJSON = function toJSON() {
			return this.toString(16, 2);
		};
		if (Buffer) BN.prototype.toBuffer = function toBuffer(endian, length) {
			return this.toArrayLike(Buffer, endian, length);
		};
		BN.prototype.toArray = function toArray(endian, length) {
			return this.toArrayLike(Array, endian, length);
		};
		var allocate = function allocate(ArrayType, size) {
			if (ArrayType.allocUnsafe) return ArrayType.allocUnsafe(size);
			return new ArrayType(size);
		};
		BN.prototype.toArrayLike = function toArrayLike(ArrayType, endian, length) {
			this._strip();
			var byteLength = this.byteLength();
			var reqLength = length || Math.max(1, byteLength);
			assert(byteLength <= reqLength, "byte array longer than desired length");
			assert(reqLength > 0, "Requested array length <= 0");
			var res = allocate(ArrayType, reqLength);
			var postfix = endian === "le" ? "LE" : "BE";
			this["_toArrayLike" + postfix](res, byteLength);
			return res;
		};
		BN.prototype._toArrayLikeLE = function _toArrayLikeLE(res, byteLength) {
			var position = 0;
			var carry = 0;
			for (var i = 0, shift = 0; i < this.length; i++) {
				var word = this.words[i] << shift | carry;
				res[position++] = word & 255;
				if (position < res.length) res[position++] = word >> 8 & 255;
				if (position < res.length) res[position++] = word >> 16 & 255;
				if (shift === 6) {
					if (position < res.length) res[position++] = word >> 24 & 255;
					carry = 0;
					shift = 0;
				} else {
					carry = word >>> 24;
					shift += 2;
				}
			}
			if (position < res.length) {
				res[position++] = carry;
				while (position < res.length) res[position++] = 0;
			}
		};
		BN.prototype._toArrayLikeBE = function _toArrayLikeBE(res, byteLength) {
			var position = res.length - 1;
			var carry = 0;
			for (var i = 0, shift = 0; i < this.length; i++) {
				var word = this.words[i] << shift | carry;
				res[position--] = word & 255;
				if (position >= 0) res[position--] = word >> 8 & 255;
				if (position >= 0) res[position--] = word >> 16 & 255;
				if (shift === 6) {
					if (position >= 0) res[position--] = word >> 24 & 255;
					carry = 0;
					shift = 0;
				} else {
					carry = word >>> 24;
					shift += 2;
				}
			}
			if (position >= 0) {
				res[position--] = carry;
				while (position >= 0) res[position--] = 0;
			}
		};
		if (Math.clz32) BN.prototype._countBits = function _countBits(w) {
			return 32 - Math.clz32(w);
		};
		else BN.prototype._countBits = function _countBits(w) {
			var t = w;
			var r = 0;
			if (t >= 4096) {
				r += 13;
				t >>>= 13;
			}
			if (t >= 64) {
				r += 7;
				t >>>= 7;
			}
			if (t >= 8) {
				r += 4;
				t >>>= 4;
			}
			if (t >= 2) {
				r += 2;
				t >>>= 2;
			}
			return r + t;
		};
		BN.prototype._zeroBits = function _zeroBits(w) {
			if (w === 0) return 26;
			var t = w;
			var r = 0;
			if ((t & 8191) === 0) {
				r += 13;
				t >>>= 13;
			}
			if ((t & 127) === 0) {
				r += 7;
				t >>>= 7;
			}
			if ((t & 15) === 0) {
				r += 4;
				t >>>= 4;
			}
			if ((t & 3) === 0) {
				r += 2;
				t >>>= 2;
			}
			if ((t & 1) === 0) r++;
			return r;
		};
		BN.prototype.bitLength = function bitLength() {
			var w = this.words[this.length - 1];
			var hi = this._countBits(w);
			return (this.length - 1) * 26 + hi;
		};
		function toBitArray(num) {
			var w = new Array(num.bitLength());
			for (var bit = 0; bit < w.length; bit++) {
				var off = bit / 26 | 0;
				var wbit = bit % 26;
				w[bit] = num.words[off] >>> wbit & 1;
			}
			return w;
		}
		BN.prototype.zeroBits = function zeroBits() {
			if (this.isZero()) return 0;
			var r = 0;
			for (var i = 0; i < this.length; i++) {
				var b = this._zeroBits(this.words[i]);
				r += b;
				if (b !== 26) break;
			}
			return r;
		};
		BN.prototype.byteLength = function byteLength() {
			return Math.ceil(this.bitLength() / 8);
		};
		BN.prototype.toTwos = function toTwos(width) {
			if (this.negative !== 0) return this.abs().inotn(width).iaddn(1);
			return this.clone();
		};
		BN.prototype.fromTwos = function fromTwos(width) {
			if (this.testn(width - 1)) return this.notn(width).iaddn(1).ineg();
			return this.clone();
		};
		BN.prototype.isNeg = function isNeg() {
			return this.negative !== 0;
		};
		BN.prototype.neg = function neg() {
			return this.clone().ineg();
		};
		BN.prototype.ineg = function ineg() {
			if (!this.isZero()) this.negative ^= 1;
			return this;
		};
		BN.prototype.iuor = function iuor(num) {
			while (this.length < num.length) this.words[this.length++] = 0;
			for (var i = 0; i < num.length; i++) this.words[i] = this.words[i] | num.words[i];
			return this._strip();
		};
		BN.prototype.ior = function ior(num) {
			assert((this.negative | num.negative) === 0);
			return this.iuor(num);
		};
		BN.prototype.or = function or(num) {
			if (this.length > num.length) return this.clone().ior(num);
			return num.clone().ior(this);
		};
		BN.prototype.uor = function uor(num) {
			if (this.length > num.length) return this.clone().iuor(num);
			return num.clone().iuor(this);
		};
		BN.prototype.iuand = function iuand(num) {
			var b;
			if (this.length > num.length) b = num;
			else b = this;
			for (var i = 0; i < b.length; i++) this.words[i] = this.words[i] & num.words[i];
			this.length = b.length;
			return this._strip();
		};
		BN.prototype.iand = function iand(num) {
			assert((this.negative | num.negative) === 0);
			return this.iuand(num);
		};
		BN.prototype.and = function and(num) {
			if (this.length > num.length) return this.clone().iand(num);
			return num.clone().iand(this);
		};
		BN.prototype.uand = function uand(num) {
			if (this.length > num.length) return this.clone().iuand(num);
			return num.clone().iuand(this);
		};
		BN.prototype.iuxor = function iuxor(num) {
			var a;
			var b;
			if (this.length > num.length) {
				a = this;
				b = num;
			} else {
				a = num;
				b = this;
			}
			for (var i = 0; i < b.length; i++) this.words[i] = a.words[i] ^ b.words[i];
			if (this !== a) for (; i < a.length; i++) this.words[i] = a.words[i];
			this.length = a.length;
			return this._strip();
		};
		BN.prototype.ixor = function ixor(num) {
			assert((this.negative | num.negative) === 0);
			return this.iuxor(num);
		};
		BN.prototype.xor = function xor(num) {
			if (this.length > num.length) return this.clone().ixor(num);
			return num.clone().ixor(this);
		};
		BN.prototype.uxor = function uxor(num) {
			if (this.length > num.length) return this.clone().iuxor(num);
			return num.clone().iuxor(this);
		};
		BN.prototype.inotn = function inotn(width) {
			assert(typeof width === "number" && width >= 0);
			var bytesNeeded = Math.ceil(width / 26) | 0;
			var bitsLeft = width % 26;
			this._expand(bytesNeeded);
			if (bitsLeft > 0) bytesNeeded--;
			for (var i = 0; i < bytesNeeded; i++) this.words[i] = ~this.words[i] & 67108863;
			if (bitsLeft > 0) {
				this.words[i] = ~this.words[i] & 67108863 >> 26 - bitsLeft;
				i++;
			}
			for (; i < this.length; i++) this.words[i] = 0;
			return this._strip();
		};
		BN.prototype.notn = function notn(width) {
			return this.clone().inotn(width);
		};
		BN.prototype.setn = function setn(bit, val) {
			assert(typeof bit === "number" && bit >= 0);
			var off = bit / 26 | 0;
			var wbit = bit % 26;
			this._expand(off + 1);
			if (val) this.words[off] = this.words[off] | 1 << wbit;
			else this.words[off] = this.words[off] & ~(1 << wbit);
			return this._strip();
		};
		BN.prototype.iadd = function iadd(num) {
			var r;
			if (this.negative !== 0 && num.negative === 0) {
				this.negative = 0;
				r = this.isub(num);
				this.negative ^= 1;
				return this._normSign();
			} else if (this.negative === 0 && num.negative !== 0) {
				num.negative = 0;
				r = this.isub(num);
				num.negative = 1;
				return r._normSign();
			}
			var a, b;
			if (this.length > num.length) {
				a = this;
				b = num;
			} else {
				a = num;
				b = this;
			}
			var carry = 0;
			for (var i = 0; i < b.length; i++) {
				r = (a.words[i] | 0) + (b.words[i] | 0) + carry;
				this.words[i] = r & 67108863;
				carry = r >>> 26;
			}
			for (; carry !== 0 && i < a.length; i++) {
				r = (a.words[i] | 0) + carry;
				this.words[i] = r & 67108863;
				carry = r >>> 26;
			}
			this.length = a.length;
			if (carry !== 0) {
				this.words[this.length] = carry;
				this.length++;
			} else if (a !== this) for (; i < a.length; i++) this.words[i] = a.words[i];
			return this;
		};
		BN.prototype.add = function add(num) {
			var res;
			if (num.negative !== 0 && this.negative === 0) {
				num.negative = 0;
				res = this.sub(num);
				num.negative ^= 1;
				return res;
			} else if (num.negative === 0 && this.negative !== 0) {
				this.negative = 0;
				res = num.sub(this);
				this.negative = 1;
				return res;
			}
			if (this.length > num.length) return this.clone().iadd(num);
			return num.clone().iadd(this);
		};
		BN.prototype.isub = function isub(num) {
			if (num.negative !== 0) {
				num.negative = 0;
				var r = this.iadd(num);
				num.negative = 1;
				return r._normSign();
			} else if (this.negative !== 0) {
				this.negative = 0;
				this.iadd(num);
				this.negative = 1;
				return this._normSign();
			}
			var cmp = this.cmp(num);
			if (cmp === 0) {
				this.negative = 0;
				this.length = 1;
				this.words[0] = 0;
				return this;
			}
			var a, b;
			if (cmp > 0) {
				a = this;
				b = num;
			} else {
				a = num;
				b = this;
			}
			var carry = 0;
			for (var i = 0; i < b.length; i++) {
				r = (a.words[i] | 0) - (b.words[i] | 0) + carry;
				carry = r >> 26;
				this.words[i] = r & 67108863;
			}
			for (; carry !== 0 && i < a.length; i++) {
				r = (a.words[i] | 0) + carry;
				carry = r >> 26;
				this.words[i] = r & 67108863;
			}
			if (carry === 0 && i < a.length && a !== this) for (; i < a.length; i++) this.words[i] = a.words[i];
			this.length = Math.max(this.length, i);
			if (a !== this) this.negative = 1;
			return this._strip();
		};
		BN.prototype.sub = function sub(num) {
			return this.clone().isub(num);
		};
		function smallMulTo(self, num, out) {
			out.negative = num.negative ^ self.negative;
			var len = self.length + num.length | 0;
			out.length = len;
			len = len - 1 | 0;
			var a = self.words[0] | 0;
			var b = num.words[0] | 0;
			var r = a * b;
			var lo = r & 67108863;
			var carry = r / 67108864 | 0;
			out.words[0] = lo;
			for (var k = 1; k < len; k++) {
				var ncarry = carry >>> 26;
				var rword = carry & 67108863;
				var maxJ = Math.min(k, num.length - 1);
				for (var j = Math.max(0, k - self.length + 1); j <= maxJ; j++) {
					var i = k - j | 0;
					a = self.words[i] | 0;
					b = num.words[j] | 0;
					r = a * b + rword;
					ncarry += r / 67108864 | 0;
					rword = r & 67108863;
				}
				out.words[k] = rword | 0;
				carry = ncarry | 0;
			}
			if (carry !== 0) out.words[k] = carry | 0;
			else out.length--;
			return out._strip();
		}
		var comb10MulTo = function comb10MulTo(self, num, out) {
			var a = self.words;
			var b = num.words;
			var o = out.words;
			var c = 0;
			var lo;
			var mid;
			var hi;
			var a0 = a[0] | 0;
			var al0 = a0 & 8191;
			var ah0 = a0 >>> 13;
			var a1 = a[1] | 0;
			var al1 = a1 & 8191;
			var ah1 = a1 >>> 13;
			var a2 = a[2] | 0;
			var al2 = a2 & 8191;
			var ah2 = a2 >>> 13;
			var a3 = a[3] | 0;
			var al3 = a3 & 8191;
			var ah3 = a3 >>> 13;
			var a4 = a[4] | 0;
			var al4 = a4 & 8191;
			var ah4 = a4 >>> 13;
			var a5 = a[5] | 0;
			var al5 = a5 & 8191;
			var ah5 = a5 >>> 13;
			var a6 = a[6] | 0;
			var al6 = a6 & 8191;
			var ah6 = a6 >>> 13;
			var a7 = a[7] | 0;
			var al7 = a7 & 8191;
			var ah7 = a7 >>> 13;
			var a8 = a[8] | 0;
			var al8 = a8 & 8191;
			var ah8 = a8 >>> 13;
			var a9 = a[9] | 0;
			var al9 = a9 & 8191;
			var ah9 = a9 >>> 13;
			var b0 = b[0] | 0;
			var bl0 = b0 & 8191;
			var bh0 = b0 >>> 13;
			var b1 = b[1] | 0;
			var bl1 = b1 & 8191;
			var bh1 = b1 >>> 13;
			var b2 = b[2] | 0;
			var bl2 = b2 & 8191;
			var bh2 = b2 >>> 13;
			var b3 = b[3] | 0;
			var bl3 = b3 & 8191;
			var bh3 = b3 >>> 13;
			var b4 = b[4] | 0;
			var bl4 = b4 & 8191;
			var bh4 = b4 >>> 13;
			var b5 = b[5] | 0;
			var bl5 = b5 & 8191;
			var bh5 = b5 >>> 13;
			var b6 = b[6] | 0;
			var bl6 = b6 & 8191;
			var bh6 = b6 >>> 13;
			var b7 = b[7] | 0;
			var bl7 = b7 & 8191;
			var bh7 = b7 >>> 13;
			var b8 = b[8] | 0;
			var bl8 = b8 & 8191;
			var bh8 = b8 >>> 13;
			var b9 = b[9] | 0;
			var bl9 = b9 & 8191;
			var bh9 = b9 >>> 13;
			out.negative = self.negative ^ num.negative;
			out.length = 19;
			lo = Math.imul(al0, bl0);
			mid = Math.imul(al0, bh0);
			mid = mid + Math.imul(ah0, bl0) | 0;
			hi = Math.imul(ah0, bh0);
			var w0 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w0 >>> 26) | 0;
			w0 &= 67108863;
			lo = Math.imul(al1, bl0);
			mid = Math.imul(al1, bh0);
			mid = mid + Math.imul(ah1, bl0) | 0;
			hi = Math.imul(ah1, bh0);
			lo = lo + Math.imul(al0, bl1) | 0;
			mid = mid + Math.imul(al0, bh1) | 0;
			mid = mid + Math.imul(ah0, bl1) | 0;
			hi = hi + Math.imul(ah0, bh1) | 0;
			var w1 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w1 >>> 26) | 0;
			w1 &= 67108863;
			lo = Math.imul(al2, bl0);
			mid = Math.imul(al2, bh0);
			mid = mid + Math.imul(ah2, bl0) | 0;
			hi = Math.imul(ah2, bh0);
			lo = lo + Math.imul(al1, bl1) | 0;
			mid = mid + Math.imul(al1, bh1) | 0;
			mid = mid + Math.imul(ah1, bl1) | 0;
			hi = hi + Math.imul(ah1, bh1) | 0;
			lo = lo + Math.imul(al0, bl2) | 0;
			mid = mid + Math.imul(al0, bh2) | 0;
			mid = mid + Math.imul(ah0, bl2) | 0;
			hi = hi + Math.imul(ah0, bh2) | 0;
			var w2 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w2 >>> 26) | 0;
			w2 &= 67108863;
			lo = Math.imul(al3, bl0);
			mid = Math.imul(al3, bh0);
			mid = mid + Math.imul(ah3, bl0) | 0;
			hi = Math.imul(ah3, bh0);
			lo = lo + Math.imul(al2, bl1) | 0;
			mid = mid + Math.imul(al2, bh1) | 0;
			mid = mid + Math.imul(ah2, bl1) | 0;
			hi = hi + Math.imul(ah2, bh1) | 0;
			lo = lo + Math.imul(al1, bl2) | 0;
			mid = mid + Math.imul(al1, bh2) | 0;
			mid = mid + Math.imul(ah1, bl2) | 0;
			hi = hi + Math.imul(ah1, bh2) | 0;
			lo = lo + Math.imul(al0, bl3) | 0;
			mid = mid + Math.imul(al0, bh3) | 0;
			mid = mid + Math.imul(ah0, bl3) | 0;
			hi = hi + Math.imul(ah0, bh3) | 0;
			var w3 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w3 >>> 26) | 0;
			w3 &= 67108863;
			lo = Math.imul(al4, bl0);
			mid = Math.imul(al4, bh0);
			mid = mid + Math.imul(ah4, bl0) | 0;
			hi = Math.imul(ah4, bh0);
			lo = lo + Math.imul(al3, bl1) | 0;
			mid = mid + Math.imul(al3, bh1) | 0;
			mid = mid + Math.imul(ah3, bl1) | 0;
			hi = hi + Math.imul(ah3, bh1) | 0;
			lo = lo + Math.imul(al2, bl2) | 0;
			mid = mid + Math.imul(al2, bh2) | 0;
			mid = mid + Math.imul(ah2, bl2) | 0;
			hi = hi + Math.imul(ah2, bh2) | 0;
			lo = lo + Math.imul(al1, bl3) | 0;
			mid = mid + Math.imul(al1, bh3) | 0;
			mid = mid + Math.imul(ah1, bl3) | 0;
			hi = hi + Math.imul(ah1, bh3) | 0;
			lo = lo + Math.imul(al0, bl4) | 0;
			mid = mid + Math.imul(al0, bh4) | 0;
			mid = mid + Math.imul(ah0, bl4) | 0;
			hi = hi + Math.imul(ah0, bh4) | 0;
			var w4 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w4 >>> 26) | 0;
			w4 &= 67108863;
			lo = Math.imul(al5, bl0);
			mid = Math.imul(al5, bh0);
			mid = mid + Math.imul(ah5, bl0) | 0;
			hi = Math.imul(ah5, bh0);
			lo = lo + Math.imul(al4, bl1) | 0;
			mid = mid + Math.imul(al4, bh1) | 0;
			mid = mid + Math.imul(ah4, bl1) | 0;
			hi = hi + Math.imul(ah4, bh1) | 0;
			lo = lo + Math.imul(al3, bl2) | 0;
			mid = mid + Math.imul(al3, bh2) | 0;
			mid = mid + Math.imul(ah3, bl2) | 0;
			hi = hi + Math.imul(ah3, bh2) | 0;
			lo = lo + Math.imul(al2, bl3) | 0;
			mid = mid + Math.imul(al2, bh3) | 0;
			mid = mid + Math.imul(ah2, bl3) | 0;
			hi = hi + Math.imul(ah2, bh3) | 0;
			lo = lo + Math.imul(al1, bl4) | 0;
			mid = mid + Math.imul(al1, bh4) | 0;
			mid = mid + Math.imul(ah1, bl4) | 0;
			hi = hi + Math.imul(ah1, bh4) | 0;
			lo = lo + Math.imul(al0, bl5) | 0;
			mid = mid + Math.imul(al0, bh5) | 0;
			mid = mid + Math.imul(ah0, bl5) | 0;
			hi = hi + Math.imul(ah0, bh5) | 0;
			var w5 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w5 >>> 26) | 0;
			w5 &= 67108863;
			lo = Math.imul(al6, bl0);
			mid = Math.imul(al6, bh0);
			mid = mid + Math.imul(ah6, bl0) | 0;
			hi = Math.imul(ah6, bh0);
			lo = lo + Math.imul(al5, bl1) | 0;
			mid = mid + Math.imul(al5, bh1) | 0;
			mid = mid + Math.imul(ah5, bl1) | 0;
			hi = hi + Math.imul(ah5, bh1) | 0;
			lo = lo + Math.imul(al4, bl2) | 0;
			mid = mid + Math.imul(al4, bh2) | 0;
			mid = mid + Math.imul(ah4, bl2) | 0;
			hi = hi + Math.imul(ah4, bh2) | 0;
			lo = lo + Math.imul(al3, bl3) | 0;
			mid = mid + Math.imul(al3, bh3) | 0;
			mid = mid + Math.imul(ah3, bl3) | 0;
			hi = hi + Math.imul(ah3, bh3) | 0;
			lo = lo + Math.imul(al2, bl4) | 0;
			mid = mid + Math.imul(al2, bh4) | 0;
			mid = mid + Math.imul(ah2, bl4) | 0;
			hi = hi + Math.imul(ah2, bh4) | 0;
			lo = lo + Math.imul(al1, bl5) | 0;
			mid = mid + Math.imul(al1, bh5) | 0;
			mid = mid + Math.imul(ah1, bl5) | 0;
			hi = hi + Math.imul(ah1, bh5) | 0;
			lo = lo + Math.imul(al0, bl6) | 0;
			mid = mid + Math.imul(al0, bh6) | 0;
			mid = mid + Math.imul(ah0, bl6) | 0;
			hi = hi + Math.imul(ah0, bh6) | 0;
			var w6 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w6 >>> 26) | 0;
			w6 &= 67108863;
			lo = Math.imul(al7, bl0);
			mid = Math.imul(al7, bh0);
			mid = mid + Math.imul(ah7, bl0) | 0;
			hi = Math.imul(ah7, bh0);
			lo = lo + Math.imul(al6, bl1) | 0;
			mid = mid + Math.imul(al6, bh1) | 0;
			mid = mid + Math.imul(ah6, bl1) | 0;
			hi = hi + Math.imul(ah6, bh1) | 0;
			lo = lo + Math.imul(al5, bl2) | 0;
			mid = mid + Math.imul(al5, bh2) | 0;
			mid = mid + Math.imul(ah5, bl2) | 0;
			hi = hi + Math.imul(ah5, bh2) | 0;
			lo = lo + Math.imul(al4, bl3) | 0;
			mid = mid + Math.imul(al4, bh3) | 0;
			mid = mid + Math.imul(ah4, bl3) | 0;
			hi = hi + Math.imul(ah4, bh3) | 0;
			lo = lo + Math.imul(al3, bl4) | 0;
			mid = mid + Math.imul(al3, bh4) | 0;
			mid = mid + Math.imul(ah3, bl4) | 0;
			hi = hi + Math.imul(ah3, bh4) | 0;
			lo = lo + Math.imul(al2, bl5) | 0;
			mid = mid + Math.imul(al2, bh5) | 0;
			mid = mid + Math.imul(ah2, bl5) | 0;
			hi = hi + Math.imul(ah2, bh5) | 0;
			lo = lo + Math.imul(al1, bl6) | 0;
			mid = mid + Math.imul(al1, bh6) | 0;
			mid = mid + Math.imul(ah1, bl6) | 0;
			hi = hi + Math.imul(ah1, bh6) | 0;
			lo = lo + Math.imul(al0, bl7) | 0;
			mid = mid + Math.imul(al0, bh7) | 0;
			mid = mid + Math.imul(ah0, bl7) | 0;
			hi = hi + Math.imul(ah0, bh7) | 0;
			var w7 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w7 >>> 26) | 0;
			w7 &= 67108863;
			lo = Math.imul(al8, bl0);
			mid = Math.imul(al8, bh0);
			mid = mid + Math.imul(ah8, bl0) | 0;
			hi = Math.imul(ah8, bh0);
			lo = lo + Math.imul(al7, bl1) | 0;
			mid = mid + Math.imul(al7, bh1) | 0;
			mid = mid + Math.imul(ah7, bl1) | 0;
			hi = hi + Math.imul(ah7, bh1) | 0;
			lo = lo + Math.imul(al6, bl2) | 0;
			mid = mid + Math.imul(al6, bh2) | 0;
			mid = mid + Math.imul(ah6, bl2) | 0;
			hi = hi + Math.imul(ah6, bh2) | 0;
			lo = lo + Math.imul(al5, bl3) | 0;
			mid = mid + Math.imul(al5, bh3) | 0;
			mid = mid + Math.imul(ah5, bl3) | 0;
			hi = hi + Math.imul(ah5, bh3) | 0;
			lo = lo + Math.imul(al4, bl4) | 0;
			mid = mid + Math.imul(al4, bh4) | 0;
			mid = mid + Math.imul(ah4, bl4) | 0;
			hi = hi + Math.imul(ah4, bh4) | 0;
			lo = lo + Math.imul(al3, bl5) | 0;
			mid = mid + Math.imul(al3, bh5) | 0;
			mid = mid + Math.imul(ah3, bl5) | 0;
			hi = hi + Math.imul(ah3, bh5) | 0;
			lo = lo + Math.imul(al2, bl6) | 0;
			mid = mid + Math.imul(al2, bh6) | 0;
			mid = mid + Math.imul(ah2, bl6) | 0;
			hi = hi + Math.imul(ah2, bh6) | 0;
			lo = lo + Math.imul(al1, bl7) | 0;
			mid = mid + Math.imul(al1, bh7) | 0;
			mid = mid + Math.imul(ah1, bl7) | 0;
			hi = hi + Math.imul(ah1, bh7) | 0;
			lo = lo + Math.imul(al0, bl8) | 0;
			mid = mid + Math.imul(al0, bh8) | 0;
			mid = mid + Math.imul(ah0, bl8) | 0;
			hi = hi + Math.imul(ah0, bh8) | 0;
			var w8 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w8 >>> 26) | 0;
			w8 &= 67108863;
			lo = Math.imul(al9, bl0);
			mid = Math.imul(al9, bh0);
			mid = mid + Math.imul(ah9, bl0) | 0;
			hi = Math.imul(ah9, bh0);
			lo = lo + Math.imul(al8, bl1) | 0;
			mid = mid + Math.imul(al8, bh1) | 0;
			mid = mid + Math.imul(ah8, bl1) | 0;
			hi = hi + Math.imul(ah8, bh1) | 0;
			lo = lo + Math.imul(al7, bl2) | 0;
			mid = mid + Math.imul(al7, bh2) | 0;
			mid = mid + Math.imul(ah7, bl2) | 0;
			hi = hi + Math.imul(ah7, bh2) | 0;
			lo = lo + Math.imul(al6, bl3) | 0;
			mid = mid + Math.imul(al6, bh3) | 0;
			mid = mid + Math.imul(ah6, bl3) | 0;
			hi = hi + Math.imul(ah6, bh3) | 0;
			lo = lo + Math.imul(al5, bl4) | 0;
			mid = mid + Math.imul(al5, bh4) | 0;
			mid = mid + Math.imul(ah5, bl4) | 0;
			hi = hi + Math.imul(ah5, bh4) | 0;
			lo = lo + Math.imul(al4, bl5) | 0;
			mid = mid + Math.imul(al4, bh5) | 0;
			mid = mid + Math.imul(ah4, bl5) | 0;
			hi = hi + Math.imul(ah4, bh5) | 0;
			lo = lo + Math.imul(al3, bl6) | 0;
			mid = mid + Math.imul(al3, bh6) | 0;
			mid = mid + Math.imul(ah3, bl6) | 0;
			hi = hi + Math.imul(ah3, bh6) | 0;
			lo = lo + Math.imul(al2, bl7) | 0;
			mid = mid + Math.imul(al2, bh7) | 0;
			mid = mid + Math.imul(ah2, bl7) | 0;
			hi = hi + Math.imul(ah2, bh7) | 0;
			lo = lo + Math.imul(al1, bl8) | 0;
			mid = mid + Math.imul(al1, bh8) | 0;
			mid = mid + Math.imul(ah1, bl8) | 0;
			hi = hi + Math.imul(ah1, bh8) | 0;
			lo = lo + Math.imul(al0, bl9) | 0;
			mid = mid + Math.imul(al0, bh9) | 0;
			mid = mid + Math.imul(ah0, bl9) | 0;
			hi = hi + Math.imul(ah0, bh9) | 0;
			var w9 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w9 >>> 26) | 0;
			w9 &= 67108863;
			lo = Math.imul(al9, bl1);
			mid = Math.imul(al9, bh1);
			mid = mid + Math.imul(ah9, bl1) | 0;
			hi = Math.imul(ah9, bh1);
			lo = lo + Math.imul(al8, bl2) | 0;
			mid = mid + Math.imul(al8, bh2) | 0;
			mid = mid + Math.imul(ah8, bl2) | 0;
			hi = hi + Math.imul(ah8, bh2) | 0;
			lo = lo + Math.imul(al7, bl3) | 0;
			mid = mid + Math.imul(al7, bh3) | 0;
			mid = mid + Math.imul(ah7, bl3) | 0;
			hi = hi + Math.imul(ah7, bh3) | 0;
			lo = lo + Math.imul(al6, bl4) | 0;
			mid = mid + Math.imul(al6, bh4) | 0;
			mid = mid + Math.imul(ah6, bl4) | 0;
			hi = hi + Math.imul(ah6, bh4) | 0;
			lo = lo + Math.imul(al5, bl5) | 0;
			mid = mid + Math.imul(al5, bh5) | 0;
			mid = mid + Math.imul(ah5, bl5) | 0;
			hi = hi + Math.imul(ah5, bh5) | 0;
			lo = lo + Math.imul(al4, bl6) | 0;
			mid = mid + Math.imul(al4, bh6) | 0;
			mid = mid + Math.imul(ah4, bl6) | 0;
			hi = hi + Math.imul(ah4, bh6) | 0;
			lo = lo + Math.imul(al3, bl7) | 0;
			mid = mid + Math.imul(al3, bh7) | 0;
			mid = mid + Math.imul(ah3, bl7) | 0;
			hi = hi + Math.imul(ah3, bh7) | 0;
			lo = lo + Math.imul(al2, bl8) | 0;
			mid = mid + Math.imul(al2, bh8) | 0;
			mid = mid + Math.imul(ah2, bl8) | 0;
			hi = hi + Math.imul(ah2, bh8) | 0;
			lo = lo + Math.imul(al1, bl9) | 0;
			mid = mid + Math.imul(al1, bh9) | 0;
			mid = mid + Math.imul(ah1, bl9) | 0;
			hi = hi + Math.imul(ah1, bh9) | 0;
			var w10 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w10 >>> 26) | 0;
			w10 &= 67108863;
			lo = Math.imul(al9, bl2);
			mid = Math.imul(al9, bh2);
			mid = mid + Math.imul(ah9, bl2) | 0;
			hi = Math.imul(ah9, bh2);
			lo = lo + Math.imul(al8, bl3) | 0;
			mid = mid + Math.imul(al8, bh3) | 0;
			mid = mid + Math.imul(ah8, bl3) | 0;
			hi = hi + Math.imul(ah8, bh3) | 0;
			lo = lo + Math.imul(al7, bl4) | 0;
			mid = mid + Math.imul(al7, bh4) | 0;
			mid = mid + Math.imul(ah7, bl4) | 0;
			hi = hi + Math.imul(ah7, bh4) | 0;
			lo = lo + Math.imul(al6, bl5) | 0;
			mid = mid + Math.imul(al6, bh5) | 0;
			mid = mid + Math.imul(ah6, bl5) | 0;
			hi = hi + Math.imul(ah6, bh5) | 0;
			lo = lo + Math.imul(al5, bl6) | 0;
			mid = mid + Math.imul(al5, bh6) | 0;
			mid = mid + Math.imul(ah5, bl6) | 0;
			hi = hi + Math.imul(ah5, bh6) | 0;
			lo = lo + Math.imul(al4, bl7) | 0;
			mid = mid + Math.imul(al4, bh7) | 0;
			mid = mid + Math.imul(ah4, bl7) | 0;
			hi = hi + Math.imul(ah4, bh7) | 0;
			lo = lo + Math.imul(al3, bl8) | 0;
			mid = mid + Math.imul(al3, bh8) | 0;
			mid = mid + Math.imul(ah3, bl8) | 0;
			hi = hi + Math.imul(ah3, bh8) | 0;
			lo = lo + Math.imul(al2, bl9) | 0;
			mid = mid + Math.imul(al2, bh9) | 0;
			mid = mid + Math.imul(ah2, bl9) | 0;
			hi = hi + Math.imul(ah2, bh9) | 0;
			var w11 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w11 >>> 26) | 0;
			w11 &= 67108863;
			lo = Math.imul(al9, bl3);
			mid = Math.imul(al9, bh3);
			mid = mid + Math.imul(ah9, bl3) | 0;
			hi = Math.imul(ah9, bh3);
			lo = lo + Math.imul(al8, bl4) | 0;
			mid = mid + Math.imul(al8, bh4) | 0;
			mid = mid + Math.imul(ah8, bl4) | 0;
			hi = hi + Math.imul(ah8, bh4) | 0;
			lo = lo + Math.imul(al7, bl5) | 0;
			mid = mid + Math.imul(al7, bh5) | 0;
			mid = mid + Math.imul(ah7, bl5) | 0;
			hi = hi + Math.imul(ah7, bh5) | 0;
			lo = lo + Math.imul(al6, bl6) | 0;
			mid = mid + Math.imul(al6, bh6) | 0;
			mid = mid + Math.imul(ah6, bl6) | 0;
			hi = hi + Math.imul(ah6, bh6) | 0;
			lo = lo + Math.imul(al5, bl7) | 0;
			mid = mid + Math.imul(al5, bh7) | 0;
			mid = mid + Math.imul(ah5, bl7) | 0;
			hi = hi + Math.imul(ah5, bh7) | 0;
			lo = lo + Math.imul(al4, bl8) | 0;
			mid = mid + Math.imul(al4, bh8) | 0;
			mid = mid + Math.imul(ah4, bl8) | 0;
			hi = hi + Math.imul(ah4, bh8) | 0;
			lo = lo + Math.imul(al3, bl9) | 0;
			mid = mid + Math.imul(al3, bh9) | 0;
			mid = mid + Math.imul(ah3, bl9) | 0;
			hi = hi + Math.imul(ah3, bh9) | 0;
			var w12 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w12 >>> 26) | 0;
			w12 &= 67108863;
			lo = Math.imul(al9, bl4);
			mid = Math.imul(al9, bh4);
			mid = mid + Math.imul(ah9, bl4) | 0;
			hi = Math.imul(ah9, bh4);
			lo = lo + Math.imul(al8, bl5) | 0;
			mid = mid + Math.imul(al8, bh5) | 0;
			mid = mid + Math.imul(ah8, bl5) | 0;
			hi = hi + Math.imul(ah8, bh5) | 0;
			lo = lo + Math.imul(al7, bl6) | 0;
			mid = mid + Math.imul(al7, bh6) | 0;
			mid = mid + Math.imul(ah7, bl6) | 0;
			hi = hi + Math.imul(ah7, bh6) | 0;
			lo = lo + Math.imul(al6, bl7) | 0;
			mid = mid + Math.imul(al6, bh7) | 0;
			mid = mid + Math.imul(ah6, bl7) | 0;
			hi = hi + Math.imul(ah6, bh7) | 0;
			lo = lo + Math.imul(al5, bl8) | 0;
			mid = mid + Math.imul(al5, bh8) | 0;
			mid = mid + Math.imul(ah5, bl8) | 0;
			hi = hi + Math.imul(ah5, bh8) | 0;
			lo = lo + Math.imul(al4, bl9) | 0;
			mid = mid + Math.imul(al4, bh9) | 0;
			mid = mid + Math.imul(ah4, bl9) | 0;
			hi = hi + Math.imul(ah4, bh9) | 0;
			var w13 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w13 >>> 26) | 0;
			w13 &= 67108863;
			lo = Math.imul(al9, bl5);
			mid = Math.imul(al9, bh5);
			mid = mid + Math.imul(ah9, bl5) | 0;
			hi = Math.imul(ah9, bh5);
			lo = lo + Math.imul(al8, bl6) | 0;
			mid = mid + Math.imul(al8, bh6) | 0;
			mid = mid + Math.imul(ah8, bl6) | 0;
			hi = hi + Math.imul(ah8, bh6) | 0;
			lo = lo + Math.imul(al7, bl7) | 0;
			mid = mid + Math.imul(al7, bh7) | 0;
			mid = mid + Math.imul(ah7, bl7) | 0;
			hi = hi + Math.imul(ah7, bh7) | 0;
			lo = lo + Math.imul(al6, bl8) | 0;
			mid = mid + Math.imul(al6, bh8) | 0;
			mid = mid + Math.imul(ah6, bl8) | 0;
			hi = hi + Math.imul(ah6, bh8) | 0;
			lo = lo + Math.imul(al5, bl9) | 0;
			mid = mid + Math.imul(al5, bh9) | 0;
			mid = mid + Math.imul(ah5, bl9) | 0;
			hi = hi + Math.imul(ah5, bh9) | 0;
			var w14 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w14 >>> 26) | 0;
			w14 &= 67108863;
			lo = Math.imul(al9, bl6);
			mid = Math.imul(al9, bh6);
			mid = mid + Math.imul(ah9, bl6) | 0;
			hi = Math.imul(ah9, bh6);
			lo = lo + Math.imul(al8, bl7) | 0;
			mid = mid + Math.imul(al8, bh7) | 0;
			mid = mid + Math.imul(ah8, bl7) | 0;
			hi = hi + Math.imul(ah8, bh7) | 0;
			lo = lo + Math.imul(al7, bl8) | 0;
			mid = mid + Math.imul(al7, bh8) | 0;
			mid = mid + Math.imul(ah7, bl8) | 0;
			hi = hi + Math.imul(ah7, bh8) | 0;
			lo = lo + Math.imul(al6, bl9) | 0;
			mid = mid + Math.imul(al6, bh9) | 0;
			mid = mid + Math.imul(ah6, bl9) | 0;
			hi = hi + Math.imul(ah6, bh9) | 0;
			var w15 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w15 >>> 26) | 0;
			w15 &= 67108863;
			lo = Math.imul(al9, bl7);
			mid = Math.imul(al9, bh7);
			mid = mid + Math.imul(ah9, bl7) | 0;
			hi = Math.imul(ah9, bh7);
			lo = lo + Math.imul(al8, bl8) | 0;
			mid = mid + Math.imul(al8, bh8) | 0;
			mid = mid + Math.imul(ah8, bl8) | 0;
			hi = hi + Math.imul(ah8, bh8) | 0;
			lo = lo + Math.imul(al7, bl9) | 0;
			mid = mid + Math.imul(al7, bh9) | 0;
			mid = mid + Math.imul(ah7, bl9) | 0;
			hi = hi + Math.imul(ah7, bh9) | 0;
			var w16 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w16 >>> 26) | 0;
			w16 &= 67108863;
			lo = Math.imul(al9, bl8);
			mid = Math.imul(al9, bh8);
			mid = mid + Math.imul(ah9, bl8) | 0;
			hi = Math.imul(ah9, bh8);
			lo = lo + Math.imul(al8, bl9) | 0;
			mid = mid + Math.imul(al8, bh9) | 0;
			mid = mid + Math.imul(ah8, bl9) | 0;
			hi = hi + Math.imul(ah8, bh9) | 0;
			var w17 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w17 >>> 26) | 0;
			w17 &= 67108863;
			lo = Math.imul(al9, bl9);
			mid = Math.imul(al9, bh9);
			mid = mid + Math.imul(ah9, bl9) | 0;
			hi = Math.imul(ah9, bh9);
			var w18 = (c + lo | 0) + ((mid & 8191) << 13) | 0;
			c = (hi + (mid >>> 13) | 0) + (w18 >>> 26) | 0;
			w18 &= 67108863;
			o[0] = w0;
			o[1] = w1;
			o[2] = w2;
			o[3] = w3;
			o[4] = w4;
			o[5] = w5;
			o[6] = w6;
			o[7] = w7;
			o[8] = w8;
			o[9] = w9;
			o[10] = w10;
			o[11] = w11;
			o[12] = w12;
			o[13] = w13;
			o[14] = w14;
			o[15] = w15;
			o[16] = w16;
			o[17] = w17;
			o[18] = w18;
			if (c !== 0) {
				o[19] = c;
				out.length++;
			}
			return out;
		};
		if (!Math.imul) comb10MulTo = smallMulTo;
		function bigMulTo(self, num, out) {
			out.negative = num.negative ^ self.negative;
			out.length = self.length + num.length;
			var carry = 0;
			var hncarry = 0;
			for (var k = 0; k < out.length - 1; k++) {
				var ncarry = hncarry;
				hncarry = 0;
				var rword = carry & 67108863;
				var maxJ = Math.min(k, num.length - 1);
				for (var j = Math.max(0, k - self.length + 1); j <= maxJ; j++) {
					var i = k - j;
					var r = (self.words[i] | 0) * (num.words[j] | 0);
					var lo = r & 67108863;
					ncarry = ncarry + (r / 67108864 | 0) | 0;
					lo = lo + rword | 0;
					rword = lo & 67108863;
					ncarry = ncarry + (lo >>> 26) | 0;
					hncarry += ncarry >>> 26;
					ncarry &= 67108863;
				}
				out.words[k] = rword;
				carry = ncarry;
				ncarry = hncarry;
			}
			if (carry !== 0) out.words[k] = carry;
			else out.length--;
			return out._strip();
		}
		function jumboMulTo(self, num, out) {
			return bigMulTo(self, num, out);
		}
		BN.prototype.mulTo = function mulTo(num, out) {
			var res;
			var len = this.length + num.length;
			if (this.length === 10 && num.length === 10) res = comb10MulTo(this, num, out);
			else if (len < 63) res = smallMulTo(this, num, out);
			else if (len < 1024) res = bigMulTo(this, num, out);
			else res = jumboMulTo(this, num, out);
			return res;
		};
		function FFTM(x, y) {
			this.x = x;
			this.y = y;
		}
		FFTM.prototype.makeRBT = function makeRBT(N) {
			var t = new Array(N);
			var l = BN.prototype._countBits(N) - 1;
			for (var i = 0; i < N; i++) t[i] = this.revBin(i, l, N);
			return t;
		};
		FFTM.prototype.revBin = function revBin(x, l, N) {
			if (x === 0 || x === N - 1) return x;
			var rb = 0;
			for (var i = 0; i < l; i++) {
				rb |= (x & 1) << l - i - 1;
				x >>= 1;
			}
			return rb;
		};
		FFTM.prototype.permute = function permute(rbt, rws, iws, rtws, itws, N) {
			for (var i = 0; i < N; i++) {
				rtws[i] = rws[rbt[i]];
				itws[i] = iws[rbt[i]];
			}
		};
		FFTM.prototype.transform = function transform(rws, iws, rtws, itws, N, rbt) {
			this.permute(rbt, rws, iws, rtws, itws, N);
			for (var s = 1; s < N; s <<= 1) {
				var l = s << 1;
				var rtwdf = Math.cos(2 * Math.PI / l);
				var itwdf = Math.sin(2 * Math.PI / l);
				for (var p = 0; p < N; p += l) {
					var rtwdf_ = rtwdf;
					var itwdf_ = itwdf;
					for (var j = 0; j < s; j++) {
						var re = rtws[p + j];
						var ie = itws[p + j];
						var ro = rtws[p + j + s];
						var io = itws[p + j + s];
						var rx = rtwdf_ * ro - itwdf_ * io;
						io = rtwdf_ * io + itwdf_ * ro;
						ro = rx;
						rtws[p + j] = re + ro;
						itws[p + j] = ie + io;
						rtws[p + j + s] = re - ro;
						itws[p + j + s] = ie - io;
						if (j !== l) {
							rx = rtwdf * rtwdf_ - itwdf * itwdf_;
							itwdf_ = rtwdf * itwdf_ + itwdf * rtwdf_;
							rtwdf_ = rx;
						}
					}
				}
			}
		};
		FFTM.prototype.guessLen13b = function guessLen13b(n, m) {
			var N = Math.max(m, n) | 1;
			var odd = N & 1;
			var i = 0;
			for (N = N / 2 | 0; N; N = N >>> 1) i++;
			return 1 << i + 1 + odd;
		};
		FFTM.prototype.conjugate = function conjugate(rws, iws, N) {
			if (N <= 1) return;
			for (var i = 0; i < N / 2; i++) {
				var t = rws[i];
				rws[i] = rws[N - i - 1];
				rws[N - i - 1] = t;
				t = iws[i];
				iws[i] = -iws[N - i - 1];
				iws[N - i - 1] = -t;
			}
		};
		FFTM.prototype.normalize13b = function normalize13b(ws, N) {
			var carry = 0;
			for (var i = 0; i < N / 2; i++) {
				var w = Math.round(ws[2 * i + 1] / N) * 8192 + Math.round(ws[2 * i] / N) + carry;
				ws[i] = w & 67108863;
				if (w < 67108864) carry = 0;
				else carry = w / 67108864 | 0;
			}
			return ws;
		};
		FFTM.prototype.convert13b = function convert13b(ws, len, rws, N) {
			var carry = 0;
			for (var i = 0; i < len; i++) {
				carry = carry + (ws[i] | 0);
				rws[2 * i] = carry & 8191;
				carry = carry >>> 13;
				rws[2 * i + 1] = carry & 8191;
				carry = carry >>> 13;
			}
			for (i = 2 * len; i < N; ++i) rws[i] = 0;
			assert(carry === 0);
			assert((carry & -8192) === 0);
		};
		FFTM.prototype.stub = function stub(N) {
			var ph = new Array(N);
			for (var i = 0; i < N; i++) ph[i] = 0;
			return ph;
		};
		FFTM.prototype.mulp = function mulp(x, y, out) {
			var N = 2 * this.guessLen13b(x.length, y.length);
			var rbt = this.makeRBT(N);
			var _ = this.stub(N);
			var rws = new Array(N);
			var rwst = new Array(N);
			var iwst = new Array(N);
			var nrws = new Array(N);
			var nrwst = new Array(N);
			var niwst = new Array(N);
			var rmws = out.words;
			rmws.length = N;
			this.convert13b(x.words, x.length, rws, N);
			this.convert13b(y.words, y.length, nrws, N);
			this.transform(rws, _, rwst, iwst, N, rbt);
			this.transform(nrws, _, nrwst, niwst, N, rbt);
			for (var i = 0; i < N; i++) {
				var rx = rwst[i] * nrwst[i] - iwst[i] * niwst[i];
				iwst[i] = rwst[i] * niwst[i] + iwst[i] * nrwst[i];
				rwst[i] = rx;
			}
			this.conjugate(rwst, iwst, N);
			this.transform(rwst, iwst, rmws, _, N, rbt);
			this.conjugate(rmws, _, N);
			this.normalize13b(rmws, N);
			out.negative = x.negative ^ y.negative;
			out.length = x.length + y.length;
			return out._strip();
		};
		BN.prototype.mul = function mul(num) {
			var out = new BN(null);
			out.words = new Array(this.length + num.length);
			return this.mulTo(num, out);
		};
		BN.prototype.mulf = function mulf(num) {
			var out = new BN(null);
			out.words = new Array(this.length + num.length);
			return jumboMulTo(this, num, out);
		};
		BN.prototype.imul = function imul(num) {
			return this.clone().mulTo(num, this);
		};
		BN.prototype.imuln = function imuln(num) {
			var isNegNum = num < 0;
			if (isNegNum) num = -num;
			assert(typeof num === "number");
			assert(num < 67108864);
			var carry = 0;
			for (var i = 0; i < this.length; i++) {
				var w = (this.words[i] | 0) * num;
				var lo = (w & 67108863) + (carry & 67108863);
				carry >>= 26;
				carry += w / 67108864 | 0;
				carry += lo >>> 26;
				this.words[i] = lo & 67108863;
			}
			if (carry !== 0) {
				this.words[i] = carry;
				this.length++;
			}
			if (num === 0) {
				this.length = 1;
				this._normSign();
			}
			return isNegNum ? this.ineg() : this;
		};
		BN.prototype.muln = function muln(num) {
			return this.clone().imuln(num);
		};
		BN.prototype.sqr = function sqr() {
			return this.mul(this);
		};
		BN.prototype.isqr = function isqr() {
			return this.imul(this.clone());
		};
		BN.prototype.pow = function pow(num) {
			var w = toBitArray(num);
			if (w.length === 0) return new BN(1);
			var res = this;
			for (var i = 0; i < w.length; i++, res = res.sqr()) if (w[i] !== 0) break;
			if (++i < w.length) for (var q = res.sqr(); i < w.length; i++, q = q.sqr()) {
				if (w[i] === 0) continue;
				res = res.mul(q);
			}
			return res;
		};
		BN.prototype.iushln = function iushln(bits) {
			assert(typeof bits === "number" && bits >= 0);
			var r = bits % 26;
			var s = (bits - r) / 26;
			var carryMask = 67108863 >>> 26 - r << 26 - r;
			var i;
			if (r !== 0) {
				var carry = 0;
				for (i = 0; i < this.length; i++) {
					var newCarry = this.words[i] & carryMask;
					var c = (this.words[i] | 0) - newCarry << r;
					this.words[i] = c | carry;
					carry = newCarry >>> 26 - r;
				}
				if (carry) {
					this.words[i] = carry;
					this.length++;
				}
			}
			if (s !== 0) {
				for (i = this.length - 1; i >= 0; i--) this.words[i + s] = this.words[i];
				for (i = 0; i < s; i++) this.words[i] = 0;
				this.length += s;
			}
			return this._strip();
		};
		BN.prototype.ishln = function ishln(bits) {
			assert(this.negative === 0);
			return this.iushln(bits);
		};
		BN.prototype.iushrn = function iushrn(bits, hint, extended) {
			assert(typeof bits === "number" && bits >= 0);
			var h;
			if (hint) h = (hint - hint % 26) / 26;
			else h = 0;
			var r = bits % 26;
			var s = Math.min((bits - r) / 26, this.length);
			var mask = 67108863 ^ 67108863 >>> r << r;
			var maskedWords = extended;
			h -= s;
			h = Math.max(0, h);
			if (maskedWords) {
				for (var i = 0; i < s; i++) maskedWords.words[i] = this.words[i];
				maskedWords.length = s;
			}
			if (s === 0) {} else if (this.length > s) {
				this.length -= s;
				for (i = 0; i < this.length; i++) this.words[i] = this.words[i + s];
			} else {
				this.words[0] = 0;
				this.length = 1;
			}
			var carry = 0;
			for (i = this.length - 1; i >= 0 && (carry !== 0 || i >= h); i--) {
				var word = this.words[i] | 0;
				this.words[i] = carry << 26 - r | word >>> r;
				carry = word & mask;
			}
			if (maskedWords && carry !== 0) maskedWords.words[maskedWords.length++] = carry;
			if (this.length === 0) {
				this.words[0] = 0;
				this.length = 1;
			}
			return this._strip();
		};
		BN.prototype.ishrn = function ishrn(bits, hint, extended) {
			assert(this.negative === 0);
			return this.iushrn(bits, hint, extended);
		};
		BN.prototype.shln = function shln(bits) {
			return this.clone().ishln(bits);
		};
		BN.prototype.ushln = function ushln(bits) {
			return this.clone().iushln(bits);
		};
		BN.prototype.shrn = function shrn(bits) {
			return this.clone().ishrn(bits);
		};
		BN.prototype.ushrn = function ushrn(bits) {
			return this.clone().iushrn(bits);
		};
		BN.prototype.testn = function testn(bit) {
			assert(typeof bit === "number" && bit >= 0);
			var r = bit % 26;
			var s = (bit - r) / 26;
			var q = 1 << r;
			if (this.length <= s) return false;
			return !!(this.words[s] & q);
		};
		BN.prototype.imaskn = function imaskn(bits) {
			assert(typeof bits === "number" && bits >= 0);
			var r = bits % 26;
			var s = (bits - r) / 26;
			assert(this.negative === 0, "imaskn works only with positive numbers");
			if (this.length <= s) return this;
			if (r !== 0) s++;
			this.length = Math.min(s, this.length);
			if (r !== 0) {
				var mask = 67108863 ^ 67108863 >>> r << r;
				this.words[this.length - 1] &= mask;
			}
			if (this.length === 0) {
				this.words[0] = 0;
				this.length = 1;
			}
			return this._strip();
		};
		BN.prototype.maskn = function maskn(bits) {
			return this.clone().imaskn(bits);
		};
		BN.prototype.iaddn = function iaddn(num) {
			assert(typeof num === "number");
			assert(num < 67108864);
			if (num < 0) return this.isubn(-num);
			if (this.negative !== 0) {
				if (this.length === 1 && (this.words[0] | 0) <= num) {
					this.words[0] = num - (this.words[0] | 0);
					this.negative = 0;
					return this;
				}
				this.negative = 0;
				this.isubn(num);
				this.negative = 1;
				return this;
			}
			return this._iaddn(num);
		};
		BN.prototype._iaddn = function _iaddn(num) {
			this.words[0] += num;
			for (var i = 0; i < this.length && this.words[i] >= 67108864; i++) {
				this.words[i] -= 67108864;
				if (i === this.length - 1) this.words[i + 1] = 1;
				else this.words[i + 1]++;
			}
			this.length = Math.max(this.length, i + 1);
			return this;
		};
		BN.prototype.isubn = function isubn(num) {
			assert(typeof num === "number");
			assert(num < 67108864);
			if (num < 0) return this.iaddn(-num);
			if (this.negative !== 0) {
				this.negative = 0;
				this.iaddn(num);
				this.negative = 1;
				return this;
			}
			this.words[0] -= num;
			if (this.length === 1 && this.words[0] < 0) {
				this.words[0] = -this.words[0];
				this.negative = 1;
			} else for (var i = 0; i < this.length && this.words[i] < 0; i++) {
				this.words[i] += 67108864;
				this.words[i + 1] -= 1;
			}
			return this._strip();
		};
		BN.prototype.addn = function addn(num) {
			return this.clone().iaddn(num);
		};
		BN.prototype.subn = function subn(num) {
			return this.clone().isubn(num);
		};
		BN.prototype.iabs = function iabs() {
			this.negative = 0;
			return this;
		};
		BN.prototype.abs = function abs() {
			return this.clone().iabs();
		};
		BN.prototype._ishlnsubmul = function _ishlnsubmul(num, mul, shift) {
			var len = num.length + shift;
			var i;
			this._expand(len);
			var w;
			var carry = 0;
			for (i = 0; i < num.length; i++) {
				w = (this.words[i + shift] | 0) + carry;
				var right = (num.words[i] | 0) * mul;
				w -= right & 67108863;
				carry = (w >> 26) - (right / 67108864 | 0);
				this.words[i + shift] = w & 67108863;
			}
			for (; i < this.length - shift; i++) {
				w = (this.words[i + shift] | 0) + carry;
				carry = w >> 26;
				this.words[i + shift] = w & 67108863;
			}
			if (carry === 0) return this._strip();
			assert(carry === -1);
			carry = 0;
			for (i = 0; i < this.length; i++) {
				w = -(this.words[i] | 0) + carry;
				carry = w >> 26;
				this.words[i] = w & 67108863;
			}
			this.negative = 1;
			return this._strip();
		};
		BN.prototype._wordDiv = function _wordDiv(num, mode) {
			var shift = this.length - num.length;
			var a = this.clone();
			var b = num;
			var bhi = b.words[b.length - 1] | 0;
			shift = 26 - this._countBits(bhi);
			if (shift !== 0) {
				b = b.ushln(shift);
				a.iushln(shift);
				bhi = b.words[b.length - 1] | 0;
			}
			var m = a.length - b.length;
			var q;
			if (mode !== "mod") {
				q = new BN(null);
				q.length = m + 1;
				q.words = new Array(q.length);
				for (var i = 0; i < q.length; i++) q.words[i] = 0;
			}
			var diff = a.clone()._ishlnsubmul(b, 1, m);
			if (diff.negative === 0) {
				a = diff;
				if (q) q.words[m] = 1;
			}
			for (var j = m - 1; j >= 0; j--) {
				var qj = (a.words[b.length + j] | 0) * 67108864 + (a.words[b.length + j - 1] | 0);
				qj = Math.min(qj / bhi | 0, 67108863);
				a._ishlnsubmul(b, qj, j);
				while (a.negative !== 0) {
					qj--;
					a.negative = 0;
					a._ishlnsubmul(b, 1, j);
					if (!a.isZero()) a.negative ^= 1;
				}
				if (q) q.words[j] = qj;
			}
			if (q) q._strip();
			a._strip();
			if (mode !== "div" && shift !== 0) a.iushrn(shift);
			return {
				div: q || null,
				mod: a
			};
		};
		BN.prototype.divmod = function divmod(num, mode, positive) {
			assert(!num.isZero());
			if (this.isZero()) return {
				div: new BN(0),
				mod: new BN(0)
			};
			var div, mod, res;
			if (this.negative !== 0 && num.negative === 0) {
				res = this.neg().divmod(num, mode);
				if (mode !== "mod") div = res.div.neg();
				if (mode !== "div") {
					mod = res.mod.neg();
					if (positive && mod.negative !== 0) mod.iadd(num);
				}
				return {
					div,
					mod
				};
			}
			if (this.negative === 0 && num.negative !== 0) {
				res = this.divmod(num.neg(), mode);
				if (mode !== "mod") div = res.div.neg();
				return {
					div,
					mod: res.mod
				};
			}
			if ((this.negative & num.negative) !== 0) {
				res = this.neg().divmod(num.neg(), mode);
				if (mode !== "div") {
					mod = res.mod.neg();
					if (positive && mod.negative !== 0) mod.isub(num);
				}
				return {
					div: res.div,
					mod
				};
			}
			if (num.length > this.length || this.cmp(num) < 0) return {
				div: new BN(0),
				mod: this
			};
			if (num.length === 1) {
				if (mode === "div") return {
					div: this.divn(num.words[0]),
					mod: null
				};
				if (mode === "mod") return {
					div: null,
					mod: new BN(this.modrn(num.words[0]))
				};
				return {
					div: this.divn(num.words[0]),
					mod: new BN(this.modrn(num.words[0]))
				};
			}
			return this._wordDiv(num, mode);
		};
		BN.prototype.div = function div(num) {
			return this.divmod(num, "div", false).div;
		};
		BN.prototype.mod = function mod(num) {
			return this.divmod(num, "mod", false).mod;
		};
		BN.prototype.umod = function umod(num) {
			return this.divmod(num, "mod", true).mod;
		};
		BN.prototype.divRound = function divRound(num) {
			var dm = this.divmod(num);
			if (dm.mod.isZero()) return dm.div;
			var mod = dm.mod.abs();
			var half = num.abs().iushrn(1);
			var r2 = num.words[0] & 1;
			var cmp = mod.cmp(half);
			if (cmp < 0 || r2 === 1 && cmp === 0) return dm.div;
			var up = new BN(1);
			up.negative = this.negative ^ num.negative;
			return dm.div.iadd(up);
		};
		BN.prototype.modrn = function modrn(num) {
			var isNegNum = num < 0;
			if (isNegNum) num = -num;
			assert(num <= 67108863);
			var p = (1 << 26) % num;
			var acc = 0;
			for (var i = this.length - 1; i >= 0; i--) acc = (p * acc + (this.words[i] | 0)) % num;
			return isNegNum ? -acc : acc;
		};
		BN.prototype.modn = function modn(num) {
			return this.modrn(num);
		};
		BN.prototype.idivn = function idivn(num) {
			var isNegNum = num < 0;
			if (isNegNum) num = -num;
			assert(num <= 67108863);
			var carry = 0;
			for (var i = this.length - 1; i >= 0; i--) {
				var w = (this.words[i] | 0) + carry * 67108864;
				this.words[i] = w / num | 0;
				carry = w % num;
			}
			this._strip();
			return isNegNum ? this.ineg() : this;
		};
		BN.prototype.divn = function divn(num) {
			return this.clone().idivn(num);
		};
		BN.prototype.egcd = function egcd(p) {
			assert(p.negative === 0);
			assert(!p.isZero());
			var x = this;
			var y = p.clone();
			if (x.negative !== 0) x = x.umod(p);
			else x = x.clone();
			var A = new BN(1);
			var B = new BN(0);
			var C = new BN(0);
			var D = new BN(1);
			var g = 0;
			while (x.isEven() && y.isEven()) {
				x.iushrn(1);
				y.iushrn(1);
				++g;
			}
			var yp = y.clone();
			var xp = x.clone();
			while (!x.isZero()) {
				for (var i = 0, im = 1; (x.words[0] & im) === 0 && i < 26; ++i, im <<= 1);
				if (i > 0) {
					x.iushrn(i);
					while (i-- > 0) {
						if (A.isOdd() || B.isOdd()) {
							A.iadd(yp);
							B.isub(xp);
						}
						A.iushrn(1);
						B.iushrn(1);
					}
				}
				for (var j = 0, jm = 1; (y.words[0] & jm) === 0 && j < 26; ++j, jm <<= 1);
				if (j > 0) {
					y.iushrn(j);
					while (j-- > 0) {
						if (C.isOdd() || D.isOdd()) {
							C.iadd(yp);
							D.isub(xp);
						}
						C.iushrn(1);
						D.iushrn(1);
					}
				}
				if (x.cmp(y) >= 0) {
					x.isub(y);
					A.isub(C);
					B.isub(D);
				} else {
					y.isub(x);
					C.isub(A);
					D.isub(B);
				}
			}
			return {
				a: C,
				b: D,
				gcd: y.iushln(g)
			};
		};
		BN.prototype._invmp = function _invmp(p) {
			assert(p.negative === 0);
			assert(!p.isZero());
			var a = this;
			var b = p.clone();
			if (a.negative !== 0) a = a.umod(p);
			else a = a.clone();
			var x1 = new BN(1);
			var x2 = new BN(0);
			var delta = b.clone();
			while (a.cmpn(1) > 0 && b.cmpn(1) > 0) {
				for (var i = 0, im = 1; (a.words[0] & im) === 0 && i < 26; ++i, im <<= 1);
				if (i > 0) {
					a.iushrn(i);
					while (i-- > 0) {
						if (x1.isOdd()) x1.iadd(delta);
						x1.iushrn(1);
					}
				}
				for (var j = 0, jm = 1; (b.words[0] & jm) === 0 && j < 26; ++j, jm <<= 1);
				if (j > 0) {
					b.iushrn(j);
					while (j-- > 0) {
						if (x2.isOdd()) x2.iadd(delta);
						x2.iushrn(1);
					}
				}
				if (a.cmp(b) >= 0) {
					a.isub(b);
					x1.isub(x2);
				} else {
					b.isub(a);
					x2.isub(x1);
				}
			}
			var res;
			if (a.cmpn(1) === 0) res = x1;
			else res = x2;
			if (res.cmpn(0) < 0) res.iadd(p);
			return res;
		};
		BN.prototype.gcd = function gcd(num) {
			if (this.isZero()) return num.abs();
			if (num.isZero()) return this.abs();
			var a = this.clone();
			var b = num.clone();
			a.negative = 0;
			b.negative = 0;
			for (var shift = 0; a.isEven() && b.isEven(); shift++) {
				a.iushrn(1);
				b.iushrn(1);
			}
			do {
				while (a.isEven()) a.iushrn(1);
				while (b.isEven()) b.iushrn(1);
				var r = a.cmp(b);
				if (r < 0) {
					var t = a;
					a = b;
					b = t;
				} else if (r === 0 || b.cmpn(1) === 0) break;
				a.isub(b);
			} while (true);
			return b.iushln(shift);
		};
		BN.prototype.invm = function invm(num) {
			return this.egcd(num).a.umod(num);
		};
		BN.prototype.isEven = function isEven() {
			return (this.words[0] & 1) === 0;
		};
		BN.prototype.isOdd = function isOdd() {
			return (this.words[0] & 1) === 1;
		};
		BN.prototype.andln = function andln(num) {
			return this.words[0] & num;
		};
		BN.prototype.bincn = function bincn(bit) {
			assert(typeof bit === "number");
			var r = bit % 26;
			var s = (bit - r) / 26;
			var q = 1 << r;
			if (this.length <= s) {
				this._expand(s + 1);
				this.words[s] |= q;
				return this;
			}
			var carry = q;
			for (var i = s; carry !== 0 && i < this.length; i++) {
				var w = this.words[i] | 0;
				w += carry;
				carry = w >>> 26;
				w &= 67108863;
				this.words[i] = w;
			}
			if (carry !== 0) {
				this.words[i] = carry;
				this.length++;
			}
			return this;
		};
		BN.prototype.isZero = function isZero() {
			return this.length === 1 && this.words[0] === 0;
		};
		BN.prototype.cmpn = function cmpn(num) {
			var negative = num < 0;
			if (this.negative !== 0 && !negative) return -1;
			if (this.negative === 0 && negative) return 1;
			this._strip();
			var res;
			if (this.length > 1) res = 1;
			else {
				if (negative) num = -num;
				assert(num <= 67108863, "Number is too big");
				var w = this.words[0] | 0;
				res = w === num ? 0 : w < num ? -1 : 1;
			}
			if (this.negative !== 0) return -res | 0;
			return res;
		};
		BN.prototype.cmp = function cmp(num) {
			if (this.negative !== 0 && num.negative === 0) return -1;
			if (this.negative === 0 && num.negative !== 0) return 1;
			var res = this.ucmp(num);
			if (this.negative !== 0) return -res | 0;
			return res;
		};
		BN.prototype.ucmp = function ucmp(num) {
			if (this.length > num.length) return 1;
			if (this.length < num.length) return -1;
			var res = 0;
			for (var i = this.length - 1; i >= 0; i--) {
				var a = this.words[i] | 0;
				var b = num.words[i] | 0;
				if (a === b) continue;
				if (a < b) res = -1;
				else if (a > b) res = 1;
				break;
			}
			return res;
		};
		BN.prototype.gtn = function gtn(num) {
			return this.cmpn(num) === 1;
		};
		BN.prototype.gt = function gt(num) {
			return this.cmp(num) === 1;
		};
		BN.prototype.gten = function gten(num) {
			return this.cmpn(num) >= 0;
		};
		BN.prototype.gte = function gte(num) {
			return this.cmp(num) >= 0;
		};
		BN.prototype.ltn = function ltn(num) {
			return this.cmpn(num) === -1;
		};
		BN.prototype.lt = function lt(num) {
			return this.cmp(num) === -1;
		};
		BN.prototype.lten = function lten(num) {
			return this.cmpn(num) <= 0;
		};
		BN.prototype.lte = function lte(num) {
			return this.cmp(num) <= 0;
		};
		BN.prototype.eqn = function eqn(num) {
			return this.cmpn(num) === 0;
		};
		BN.prototype.eq = function eq(num) {
			return this.cmp(num) === 0;
		};
		BN.red = function red(num) {
			return new Red(num);
		};
		BN.prototype.toRed = function toRed(ctx) {
			assert(!this.red, "Already a number in reduction context");
			assert(this.negative === 0, "red works only with positives");
			return ctx.convertTo(this)._forceRed(ctx);
		};
		BN.prototype.fromRed = function fromRed() {
			assert(this.red, "fromRed works only with numbers in reduction context");
			return this.red.convertFrom(this);
		};
		BN.prototype._forceRed = function _forceRed(ctx) {
			this.red = ctx;
			return this;
		};
		BN.prototype.forceRed = function forceRed(ctx) {
			assert(!this.red, "Already a number in reduction context");
			return this._forceRed(ctx);
		};
		BN.prototype.redAdd = function redAdd(num) {
			assert(this.red, "redAdd works only with red numbers");
			return this.red.add(this, num);
		};
		BN.prototype.redIAdd = function redIAdd(num) {
			assert(this.red, "redIAdd works only with red numbers");
			return this.red.iadd(this, num);
		};
		BN.prototype.redSub = function redSub(num) {
			assert(this.red, "redSub works only with red numbers");
			return this.red.sub(this, num);
		};
		BN.prototype.redISub = function redISub(num) {
			assert(this.red, "redISub works only with red numbers");
			return this.red.isub(this, num);
		};
		BN.prototype.redShl = function redShl(num) {
			assert(this.red, "redShl works only with red numbers");
			return this.red.shl(this, num);
		};
		BN.prototype.redMul = function redMul(num) {
			assert(this.red, "redMul works only with red numbers");
			this.red._verify2(this, num);
			return this.red.mul(this, num);
		};
		BN.prototype.redIMul = function redIMul(num) {
			assert(this.red, "redMul works only with red numbers");
			this.red._verify2(this, num);
			return this.red.imul(this, num);
		};
		BN.prototype.redSqr = function redSqr() {
			assert(this.red, "redSqr works only with red numbers");
			this.red._verify1(this);
			return this.red.sqr(this);
		};
		BN.prototype.redISqr = function redISqr() {
			assert(this.red, "redISqr works only with red numbers");
			this.red._verify1(this);
			return this.red.isqr(this);
		};
		BN.prototype.redSqrt = function redSqrt() {
			assert(this.red, "redSqrt works only with red numbers");
			this.red._verify1(this);
			return this.red.sqrt(this);
		};
		BN.prototype.redInvm = function redInvm() {
			assert(this.red, "redInvm works only with red numbers");
			this.red._verify1(this);
			return this.red.invm(this);
		};
		BN.prototype.redNeg = function redNeg() {
			assert(this.red, "redNeg works only with red numbers");
			this.red._verify1(this);
			return this.red.neg(this);
		};
		BN.prototype.redPow = function redPow(num) {
			assert(this.red && !num.red, "redPow(normalNum)");
			this.red._verify1(this);
			return this.red.pow(this, num);
		};
		var primes = {
			k256: null,
			p224: null,
			p192: null,
			p25519: null
		};
		function MPrime(name, p) {
			this.name = name;
			this.p = new BN(p, 16);
			this.n = this.p.bitLength();
			this.k = new BN(1).iushln(this.n).isub(this.p);
			this.tmp = this._tmp();
		}
		MPrime.prototype._tmp = function _tmp() {
			var tmp = new BN(null);
			tmp.words = new Array(Math.ceil(this.n / 13));
			return tmp;
		};
		MPrime.prototype.ireduce = function ireduce(num) {
			var r = num;
			var rlen;
			do {
				this.split(r, this.tmp);
				r = this.imulK(r);
				r = r.iadd(this.tmp);
				rlen = r.bitLength();
			} while (rlen > this.n);
			var cmp = rlen < this.n ? -1 : r.ucmp(this.p);
			if (cmp === 0) {
				r.words[0] = 0;
				r.length = 1;
			} else if (cmp > 0) r.isub(this.p);
			else if (r.strip !== void 0) r.strip();
			else r._strip();
			return r;
		};
		MPrime.prototype.split = function split(input, out) {
			input.iushrn(this.n, 0, out);
		};
		MPrime.prototype.imulK = function imulK(num) {
			return num.imul(this.k);
		};
		function K256() {
			MPrime.call(this, "k256", "ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff fffffffe fffffc2f");
		}
		inherits(K256, MPrime);
		K256.prototype.split = function split(input, output) {
			var mask = 4194303;
			var outLen = Math.min(input.length, 9);
			for (var i = 0; i < outLen; i++) output.words[i] = input.words[i];
			output.length = outLen;
			if (input.length <= 9) {
				input.words[0] = 0;
				input.length = 1;
				return;
			}
			var prev = input.words[9];
			output.words[output.length++] = prev & mask;
			for (i = 10; i < input.length; i++) {
				var next = input.words[i] | 0;
				input.words[i - 10] = (next & mask) << 4 | prev >>> 22;
				prev = next;
			}
			prev >>>= 22;
			input.words[i - 10] = prev;
			if (prev === 0 && input.length > 10) input.length -= 10;
			else input.length -= 9;
		};
		K256.prototype.imulK = function imulK(num) {
			num.words[num.length] = 0;
			num.words[num.length + 1] = 0;
			num.length += 2;
			var lo = 0;
			for (var i = 0; i < num.length; i++) {
				var w = num.words[i] | 0;
				lo += w * 977;
				num.words[i] = lo & 67108863;
				lo = w * 64 + (lo / 67108864 | 0);
			}
			if (num.words[num.length - 1] === 0) {
				num.length--;
				if (num.words[num.length - 1] === 0) num.length--;
			}
			return num;
		};
		function P224() {
			MPrime.call(this, "p224", "ffffffff ffffffff ffffffff ffffffff 00000000 00000000 00000001");
		}
		inherits(P224, MPrime);
		function P192() {
			MPrime.call(this, "p192", "ffffffff ffffffff ffffffff fffffffe ffffffff ffffffff");
		}
		inherits(P192, MPrime);
		function P25519() {
			MPrime.call(this, "25519", "7fffffffffffffff ffffffffffffffff ffffffffffffffff ffffffffffffffed");
		}
		inherits(P25519, MPrime);
		P25519.prototype.imulK = function imulK(num) {
			var carry = 0;
			for (var i = 0; i < num.length; i++) {
				var hi = (num.words[i] | 0) * 19 + carry;
				var lo = hi & 67108863;
				hi >>>= 26;
				num.words[i] = lo;
				carry = hi;
			}
			if (carry !== 0) num.words[num.length++] = carry;
			return num;
		};
		BN._prime = function prime(name) {
			if (primes[name]) return primes[name];
			var prime;
			if (name === "k256") prime = new K256();
			else if (name === "p224") prime = new P224();
			else if (name === "p192") prime = new P192();
			else if (name === "p25519") prime = new P25519();
			else throw new Error("Unknown prime " + name);
			primes[name] = prime;
			return prime;
		};
		function Red(m) {
			if (typeof m === "string") {
				var prime = BN._prime(m);
				this.m = prime.p;
				this.prime = prime;
			} else {
				assert(m.gtn(1), "modulus must be greater than 1");
				this.m = m;
				this.prime = null;
			}
		}
		Red.prototype._verify1 = function _verify1(a) {
			assert(a.negative === 0, "red works only with positives");
			assert(a.red, "red works only with red numbers");
		};
		Red.prototype._verify2 = function _verify2(a, b) {
			assert((a.negative | b.negative) === 0, "red works only with positives");
			assert(a.red && a.red === b.red, "red works only with red numbers");
		};
		Red.prototype.imod = function imod(a) {
			if (this.prime) return this.prime.ireduce(a)._forceRed(this);
			move(a, a.umod(this.m)._forceRed(this));
			return a;
		};
		Red.prototype.neg = function neg(a) {
			if (a.isZero()) return a.clone();
			return this.m.sub(a)._forceRed(this);
		};
		Red.prototype.add = function add(a, b) {
			this._verify2(a, b);
			var res = a.add(b);
			if (res.cmp(this.m) >= 0) res.isub(this.m);
			return res._forceRed(this);
		};
		Red.prototype.iadd = function iadd(a, b) {
			this._verify2(a, b);
			var res = a.iadd(b);
			if (res.cmp(this.m) >= 0) res.isub(this.m);
			return res;
		};
		Red.prototype.sub = function sub(a, b) {
			this._verify2(a, b);
			var res = a.sub(b);
			if (res.cmpn(0) < 0) res.iadd(this.m);
			return res._forceRed(this);
		};
		Red.prototype.isub = function isub(a, b) {
			this._verify2(a, b);
			var res = a.isub(b);
			if (res.cmpn(0) < 0) res.iadd(this.m);
			return res;
		};
		Red.prototype.shl = function shl(a, num) {
			this._verify1(a);
			return this.imod(a.ushln(num));
		};
		Red.prototype.imul = function imul(a, b) {
			this._verify2(a, b);
			return this.imod(a.imul(b));
		};
		Red.prototype.mul = function mul(a, b) {
			this._verify2(a, b);
			return this.imod(a.mul(b));
		};
		Red.prototype.isqr = function isqr(a) {
			return this.imul(a, a.clone());
		};
		Red.prototype.sqr = function sqr(a) {
			return this.mul(a, a);
		};
		Red.prototype.sqrt = function sqrt(a) {
			if (a.isZero()) return a.clone();
			var mod3 = this.m.andln(3);
			assert(mod3 % 2 === 1);
			if (mod3 === 3) {
				var pow = this.m.add(new BN(1)).iushrn(2);
				return this.pow(a, pow);
			}
			var q = this.m.subn(1);
			var s = 0;
			while (!q.isZero() && q.andln(1) === 0) {
				s++;
				q.iushrn(1);
			}
			assert(!q.isZero());
			var one = new BN(1).toRed(this);
			var nOne = one.redNeg();
			var lpow = this.m.subn(1).iushrn(1);
			var z = this.m.bitLength();
			z = new BN(2 * z * z).toRed(this);
			while (this.pow(z, lpow).cmp(nOne) !== 0) z.redIAdd(nOne);
			var c = this.pow(z, q);
			var r = this.pow(a, q.addn(1).iushrn(1));
			var t = this.pow(a, q);
			var m = s;
			while (t.cmp(one) !== 0) {
				var tmp = t;
				for (var i = 0; tmp.cmp(one) !== 0; i++) tmp = tmp.redSqr();
				assert(i < m);
				var b = this.pow(c, new BN(1).iushln(m - i - 1));
				r = r.redMul(b);
				c = b.redSqr();
				t = t.redMul(c);
				m = i;
			}
			return r;
		};
		Red.prototype.invm = function invm(a) {
			var inv = a._invmp(this.m);
			if (inv.negative !== 0) {
				inv.negative = 0;
				return this.imod(inv).redNeg();
			} else return this.imod(inv);
		};
		Red.prototype.pow = function pow(a, num) {
			if (num.isZero()) return new BN(1).toRed(this);
			if (num.cmpn(1) === 0) return a.clone();
			var windowSize = 4;
			var wnd = new Array(1 << windowSize);
			wnd[0] = new BN(1).toRed(this);
			wnd[1] = a;
			for (var i = 2; i < wnd.length; i++) wnd[i] = this.mul(wnd[i - 1], a);
			var res = wnd[0];
			var current = 0;
			var currentLen = 0;
			var start = num.bitLength() % 26;
			if (start === 0) start = 26;
			for (i = num.length - 1; i >= 0; i--) {
				var word = num.words[i];
				for (var j = start - 1; j >= 0; j--) {
					var bit = word >> j & 1;
					if (res !== wnd[0]) res = this.sqr(res);
					if (bit === 0 && current === 0) {
						currentLen = 0;
						continue;
					}
					current <<= 1;
					current |= bit;
					currentLen++;
					if (currentLen !== windowSize && (i !== 0 || j !== 0)) continue;
					res = this.mul(res, wnd[current]);
					currentLen = 0;
					current = 0;
				}
				start = 26;
			}
			return res;
		};
		Red.prototype.convertTo = function convertTo(num) {
			var r = num.umod(this.m);
			return r === num ? r.clone() : r;
		};
		Red.prototype.convertFrom = function convertFrom(num) {
			var res = num.clone();
			res.red = null;
			return res;
		};
		BN.mont = function mont(num) {
			return new Mont(num);
		};
		function Mont(m) {
			Red.call(this, m);
			this.shift = this.m.bitLength();
			if (this.shift % 26 !== 0) this.shift += 26 - this.shift % 26;
			this.r = new BN(1).iushln(this.shift);
			this.r2 = this.imod(this.r.sqr());
			this.rinv = this.r._invmp(this.m);
			this.minv = this.rinv.mul(this.r).isubn(1).div(this.m);
			this.minv = this.minv.umod(this.r);
			this.minv = this.r.sub(this.minv);
		}
		inherits(Mont, Red);
		Mont.prototype.convertTo = function convertTo(num) {
			return this.imod(num.ushln(this.shift));
		};
		Mont.prototype.convertFrom = function convertFrom(num) {
			var r = this.imod(num.mul(this.rinv));
			r.red = null;
			return r;
		};
		Mont.prototype.imul = function imul(a, b) {
			if (a.isZero() || b.isZero()) {
				a.words[0] = 0;
				a.length = 1;
				return a;
			}
			var t = a.imul(b);
			var c = t.maskn(this.shift).mul(this.minv).imaskn(this.shift).mul(this.m);
			var u = t.isub(c).iushrn(this.shift);
			var res = u;
			if (u.cmp(this.m) >= 0) res = u.isub(this.m);
			else if (u.cmpn(0) < 0) res = u.iadd(this.m);
			return res._forceRed(this);
		};
		Mont.prototype.mul = function mul(a, b) {
			if (a.isZero() || b.isZero()) return new BN(0)._forceRed(this);
			var t = a.mul(b);
			var c = t.maskn(this.shift).mul(this.minv).imaskn(this.shift).mul(this.m);
			var u = t.isub(c).iushrn(this.shift);
			var res = u;
			if (u.cmp(this.m) >= 0) res = u.isub(this.m);
			else if (u.cmpn(0) < 0) res = u.iadd(this.m);
			return res._forceRed(this);
		};
		Mont.prototype.invm = function invm(a) {
			return this.imod(a._invmp(this.m).mul(this.r2))._forceRed(this);
		};
	})(typeof module === "undefined" || module, this$2);
}));
// node_modules/safe-buffer/index.js
var require_safe_buffer = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/*! safe-buffer. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
	var buffer = require_buffer();
	var Buffer = buffer.Buffer;
	function copyProps(src, dst) {
		for (var key in src) dst[key] = src[key];
	}
	if (Buffer.from && Buffer.alloc && Buffer.allocUnsafe && Buffer.allocUnsafeSlow) module.exports = buffer;
	else {
		copyProps(buffer, exports);
		exports.Buffer = SafeBuffer;
	}
	function SafeBuffer(arg, encodingOrOffset, length) {
		return Buffer(arg, encodingOrOffset, length);
	}
	SafeBuffer.prototype = Object.create(Buffer.prototype);
	copyProps(Buffer, SafeBuffer);
	SafeBuffer.from = function(arg, encodingOrOffset, length) {
		if (typeof arg === "number") throw new TypeError("Argument must not be a number");
		return Buffer(arg, encodingOrOffset, length);
	};
	SafeBuffer.alloc = function(size, fill, encoding) {
		if (typeof size !== "number") throw new TypeError("Argument must be a number");
		var buf = Buffer(size);
		if (fill !== void 0) {
			if (typeof encoding === "string") buf.fill(fill, encoding);
			else buf.fill(fill);
		} else buf.fill(0);
		return buf;
	};
	SafeBuffer.allocUnsafe = function(size) {
		if (typeof size !== "number") throw new TypeError("Argument must be a number");
		return Buffer(size);
	};
	SafeBuffer.allocUnsafeSlow = function(size) {
		if (typeof size !== "number") throw new TypeError("Argument must be a number");
		return buffer.SlowBuffer(size);
	};
}));
// node_modules/@solana/web3.js/node_modules/base-x/src/index.js
var require_src$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var _Buffer = require_safe_buffer().Buffer;
	function base(ALPHABET) {
		if (ALPHABET.length >= 255) throw new TypeError("Alphabet too long");
		var BASE_MAP = /* @__PURE__ */ new Uint8Array(256);
		for (var j = 0; j < BASE_MAP.length; j++) BASE_MAP[j] = 255;
		for (var i = 0; i < ALPHABET.length; i++) {
			var x = ALPHABET.charAt(i);
			var xc = x.charCodeAt(0);
			if (BASE_MAP[xc] !== 255) throw new TypeError(x + " is ambiguous");
			BASE_MAP[xc] = i;
		}
		var BASE = ALPHABET.length;
		var LEADER = ALPHABET.charAt(0);
		var FACTOR = Math.log(BASE) / Math.log(256);
		var iFACTOR = Math.log(256) / Math.log(BASE);
		function encode(source) {
			if (Array.isArray(source) || source instanceof Uint8Array) source = _Buffer.from(source);
			if (!_Buffer.isBuffer(source)) throw new TypeError("Expected Buffer");
			if (source.length === 0) return "";
			var zeroes = 0;
			var length = 0;
			var pbegin = 0;
			var pend = source.length;
			while (pbegin !== pend && source[pbegin] === 0) {
				pbegin++;
				zeroes++;
			}
			var size = (pend - pbegin) * iFACTOR + 1 >>> 0;
			var b58 = new Uint8Array(size);
			while (pbegin !== pend) {
				var carry = source[pbegin];
				var i = 0;
				for (var it1 = size - 1; (carry !== 0 || i < length) && it1 !== -1; it1--, i++) {
					carry += 256 * b58[it1] >>> 0;
					b58[it1] = carry % BASE >>> 0;
					carry = carry / BASE >>> 0;
				}
				if (carry !== 0) throw new Error("Non-zero carry");
				length = i;
				pbegin++;
			}
			var it2 = size - length;
			while (it2 !== size && b58[it2] === 0) it2++;
			var str = LEADER.repeat(zeroes);
			for (; it2 < size; ++it2) str += ALPHABET.charAt(b58[it2]);
			return str;
		}
		function decodeUnsafe(source) {
			if (typeof source !== "string") throw new TypeError("Expected String");
			if (source.length === 0) return _Buffer.alloc(0);
			var psz = 0;
			var zeroes = 0;
			var length = 0;
			while (source[psz] === LEADER) {
				zeroes++;
				psz++;
			}
			var size = (source.length - psz) * FACTOR + 1 >>> 0;
			var b256 = new Uint8Array(size);
			while (psz < source.length) {
				var charCode = source.charCodeAt(psz);
				if (charCode > 255) return;
				var carry = BASE_MAP[charCode];
				if (carry === 255) return;
				var i = 0;
				for (var it3 = size - 1; (carry !== 0 || i < length) && it3 !== -1; it3--, i++) {
					carry += BASE * b256[it3] >>> 0;
					b256[it3] = carry % 256 >>> 0;
					carry = carry / 256 >>> 0;
				}
				if (carry !== 0) throw new Error("Non-zero carry");
				length = i;
				psz++;
			}
			var it4 = size - length;
			while (it4 !== size && b256[it4] === 0) it4++;
			var vch = _Buffer.allocUnsafe(zeroes + (size - it4));
			vch.fill(0, 0, zeroes);
			var j = zeroes;
			while (it4 !== size) vch[j++] = b256[it4++];
			return vch;
		}
		function decode(string) {
			var buffer = decodeUnsafe(string);
			if (buffer) return buffer;
			throw new Error("Non-base" + BASE + " character");
		}
		return {
			encode,
			decodeUnsafe,
			decode
		};
	}
	module.exports = base;
}));
// node_modules/@solana/web3.js/node_modules/bs58/index.js
var require_bs58$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_src$1()("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
}));
// node_modules/@noble/hashes/esm/sha256.js
var sha256;
var init_sha256 = __esmMin((() => {
	init_sha2();
	sha256 = sha256$1;
}));
// node_modules/borsh/node_modules/base-x/src/index.js
var require_src = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var _Buffer = require_safe_buffer().Buffer;
	function base(ALPHABET) {
		if (ALPHABET.length >= 255) throw new TypeError("Alphabet too long");
		var BASE_MAP = /* @__PURE__ */ new Uint8Array(256);
		for (var j = 0; j < BASE_MAP.length; j++) BASE_MAP[j] = 255;
		for (var i = 0; i < ALPHABET.length; i++) {
			var x = ALPHABET.charAt(i);
			var xc = x.charCodeAt(0);
			if (BASE_MAP[xc] !== 255) throw new TypeError(x + " is ambiguous");
			BASE_MAP[xc] = i;
		}
		var BASE = ALPHABET.length;
		var LEADER = ALPHABET.charAt(0);
		var FACTOR = Math.log(BASE) / Math.log(256);
		var iFACTOR = Math.log(256) / Math.log(BASE);
		function encode(source) {
			if (Array.isArray(source) || source instanceof Uint8Array) source = _Buffer.from(source);
			if (!_Buffer.isBuffer(source)) throw new TypeError("Expected Buffer");
			if (source.length === 0) return "";
			var zeroes = 0;
			var length = 0;
			var pbegin = 0;
			var pend = source.length;
			while (pbegin !== pend && source[pbegin] === 0) {
				pbegin++;
				zeroes++;
			}
			var size = (pend - pbegin) * iFACTOR + 1 >>> 0;
			var b58 = new Uint8Array(size);
			while (pbegin !== pend) {
				var carry = source[pbegin];
				var i = 0;
				for (var it1 = size - 1; (carry !== 0 || i < length) && it1 !== -1; it1--, i++) {
					carry += 256 * b58[it1] >>> 0;
					b58[it1] = carry % BASE >>> 0;
					carry = carry / BASE >>> 0;
				}
				if (carry !== 0) throw new Error("Non-zero carry");
				length = i;
				pbegin++;
			}
			var it2 = size - length;
			while (it2 !== size && b58[it2] === 0) it2++;
			var str = LEADER.repeat(zeroes);
			for (; it2 < size; ++it2) str += ALPHABET.charAt(b58[it2]);
			return str;
		}
		function decodeUnsafe(source) {
			if (typeof source !== "string") throw new TypeError("Expected String");
			if (source.length === 0) return _Buffer.alloc(0);
			var psz = 0;
			var zeroes = 0;
			var length = 0;
			while (source[psz] === LEADER) {
				zeroes++;
				psz++;
			}
			var size = (source.length - psz) * FACTOR + 1 >>> 0;
			var b256 = new Uint8Array(size);
			while (psz < source.length) {
				var charCode = source.charCodeAt(psz);
				if (charCode > 255) return;
				var carry = BASE_MAP[charCode];
				if (carry === 255) return;
				var i = 0;
				for (var it3 = size - 1; (carry !== 0 || i < length) && it3 !== -1; it3--, i++) {
					carry += BASE * b256[it3] >>> 0;
					b256[it3] = carry % 256 >>> 0;
					carry = carry / 256 >>> 0;
				}
				if (carry !== 0) throw new Error("Non-zero carry");
				length = i;
				psz++;
			}
			var it4 = size - length;
			while (it4 !== size && b256[it4] === 0) it4++;
			var vch = _Buffer.allocUnsafe(zeroes + (size - it4));
			vch.fill(0, 0, zeroes);
			var j = zeroes;
			while (it4 !== size) vch[j++] = b256[it4++];
			return vch;
		}
		function decode(string) {
			var buffer = decodeUnsafe(string);
			if (buffer) return buffer;
			throw new Error("Non-base" + BASE + " character");
		}
		return {
			encode,
			decodeUnsafe,
			decode
		};
	}
	module.exports = base;
}));
// node_modules/borsh/node_modules/bs58/index.js
var require_bs58 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = require_src()("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
}));
// node_modules/text-encoding-utf-8/src/encoding.js
var encoding_exports = /* @__PURE__ */ __exportAll({
	TextDecoder: () => TextDecoder$1,
	TextEncoder: () => TextEncoder$1
});
/**
* @param {number} a The number to test.
* @param {number} min The minimum value in the range, inclusive.
* @param {number} max The maximum value in the range, inclusive.
* @return {boolean} True if a >= min and a <= max.
*/
function inRange(a, min, max) {
	return min <= a && a <= max;
}
/**
* @param {*} o
* @return {Object}
*/
function ToDictionary(o) {
	if (o === void 0) return {};
	if (o === Object(o)) return o;
	throw TypeError("Could not convert argument to dictionary");
}
/**
* @param {string} string Input string of UTF-16 code units.
* @return {!Array.<number>} Code points.
*/
function stringToCodePoints(string) {
	var s = String(string);
	var n = s.length;
	var i = 0;
	var u = [];
	while (i < n) {
		var c = s.charCodeAt(i);
		if (c < 55296 || c > 57343) u.push(c);
		else if (56320 <= c && c <= 57343) u.push(65533);
		else if (55296 <= c && c <= 56319) {
			if (i === n - 1) u.push(65533);
			else {
				var d = string.charCodeAt(i + 1);
				if (56320 <= d && d <= 57343) {
					var a = c & 1023;
					var b = d & 1023;
					u.push(65536 + (a << 10) + b);
					i += 1;
				} else u.push(65533);
			}
		}
		i += 1;
	}
	return u;
}
/**
* @param {!Array.<number>} code_points Array of code points.
* @return {string} string String of UTF-16 code units.
*/
function codePointsToString(code_points) {
	var s = "";
	for (var i = 0; i < code_points.length; ++i) {
		var cp = code_points[i];
		if (cp <= 65535) s += String.fromCharCode(cp);
		else {
			cp -= 65536;
			s += String.fromCharCode((cp >> 10) + 55296, (cp & 1023) + 56320);
		}
	}
	return s;
}
/**
* A stream represents an ordered sequence of tokens.
*
* @constructor
* @param {!(Array.<number>|Uint8Array)} tokens Array of tokens that provide the
* stream.
*/
function Stream(tokens) {
	/** @type {!Array.<number>} */
	this.tokens = [].slice.call(tokens);
}
/**
* @param {boolean} fatal If true, decoding errors raise an exception.
* @param {number=} opt_code_point Override the standard fallback code point.
* @return {number} The code point to insert on a decoding error.
*/
function decoderError(fatal, opt_code_point) {
	if (fatal) throw TypeError("Decoder error");
	return opt_code_point || 65533;
}
/** @interface */
function Decoder() {}
/** @interface */
function Encoder() {}
/**
* @constructor
* @param {string=} encoding The label of the encoding;
*     defaults to 'utf-8'.
* @param {Object=} options
*/
function TextDecoder$1(encoding, options) {
	if (!(this instanceof TextDecoder$1)) return new TextDecoder$1(encoding, options);
	encoding = encoding !== void 0 ? String(encoding).toLowerCase() : DEFAULT_ENCODING;
	if (encoding !== DEFAULT_ENCODING) throw new Error("Encoding not supported. Only utf-8 is supported");
	options = ToDictionary(options);
	/** @private @type {boolean} */
	this._streaming = false;
	/** @private @type {boolean} */
	this._BOMseen = false;
	/** @private @type {?Decoder} */
	this._decoder = null;
	/** @private @type {boolean} */
	this._fatal = Boolean(options["fatal"]);
	/** @private @type {boolean} */
	this._ignoreBOM = Boolean(options["ignoreBOM"]);
	Object.defineProperty(this, "encoding", { value: "utf-8" });
	Object.defineProperty(this, "fatal", { value: this._fatal });
	Object.defineProperty(this, "ignoreBOM", { value: this._ignoreBOM });
}
/**
* @constructor
* @param {string=} encoding The label of the encoding;
*     defaults to 'utf-8'.
* @param {Object=} options
*/
function TextEncoder$1(encoding, options) {
	if (!(this instanceof TextEncoder$1)) return new TextEncoder$1(encoding, options);
	encoding = encoding !== void 0 ? String(encoding).toLowerCase() : DEFAULT_ENCODING;
	if (encoding !== DEFAULT_ENCODING) throw new Error("Encoding not supported. Only utf-8 is supported");
	options = ToDictionary(options);
	/** @private @type {boolean} */
	this._streaming = false;
	/** @private @type {?Encoder} */
	this._encoder = null;
	/** @private @type {{fatal: boolean}} */
	this._options = { fatal: Boolean(options["fatal"]) };
	Object.defineProperty(this, "encoding", { value: "utf-8" });
}
/**
* @constructor
* @implements {Decoder}
* @param {{fatal: boolean}} options
*/
function UTF8Decoder(options) {
	var fatal = options.fatal;
	var utf8_code_point = 0, utf8_bytes_seen = 0, utf8_bytes_needed = 0, utf8_lower_boundary = 128, utf8_upper_boundary = 191;
	/**
	* @param {Stream} stream The stream of bytes being decoded.
	* @param {number} bite The next byte read from the stream.
	* @return {?(number|!Array.<number>)} The next code point(s)
	*     decoded, or null if not enough data exists in the input
	*     stream to decode a complete code point.
	*/
	this.handler = function(stream, bite) {
		if (bite === end_of_stream && utf8_bytes_needed !== 0) {
			utf8_bytes_needed = 0;
			return decoderError(fatal);
		}
		if (bite === end_of_stream) return finished;
		if (utf8_bytes_needed === 0) {
			if (inRange(bite, 0, 127)) return bite;
			if (inRange(bite, 194, 223)) {
				utf8_bytes_needed = 1;
				utf8_code_point = bite - 192;
			} else if (inRange(bite, 224, 239)) {
				if (bite === 224) utf8_lower_boundary = 160;
				if (bite === 237) utf8_upper_boundary = 159;
				utf8_bytes_needed = 2;
				utf8_code_point = bite - 224;
			} else if (inRange(bite, 240, 244)) {
				if (bite === 240) utf8_lower_boundary = 144;
				if (bite === 244) utf8_upper_boundary = 143;
				utf8_bytes_needed = 3;
				utf8_code_point = bite - 240;
			} else return decoderError(fatal);
			utf8_code_point = utf8_code_point << 6 * utf8_bytes_needed;
			return null;
		}
		if (!inRange(bite, utf8_lower_boundary, utf8_upper_boundary)) {
			utf8_code_point = utf8_bytes_needed = utf8_bytes_seen = 0;
			utf8_lower_boundary = 128;
			utf8_upper_boundary = 191;
			stream.prepend(bite);
			return decoderError(fatal);
		}
		utf8_lower_boundary = 128;
		utf8_upper_boundary = 191;
		utf8_bytes_seen += 1;
		utf8_code_point += bite - 128 << 6 * (utf8_bytes_needed - utf8_bytes_seen);
		if (utf8_bytes_seen !== utf8_bytes_needed) return null;
		var code_point = utf8_code_point;
		utf8_code_point = utf8_bytes_needed = utf8_bytes_seen = 0;
		return code_point;
	};
}
/**
* @constructor
* @implements {Encoder}
* @param {{fatal: boolean}} options
*/
function UTF8Encoder(options) {
	options.fatal;
	/**
	* @param {Stream} stream Input stream.
	* @param {number} code_point Next code point read from the stream.
	* @return {(number|!Array.<number>)} Byte(s) to emit.
	*/
	this.handler = function(stream, code_point) {
		if (code_point === end_of_stream) return finished;
		if (inRange(code_point, 0, 127)) return code_point;
		var count, offset;
		if (inRange(code_point, 128, 2047)) {
			count = 1;
			offset = 192;
		} else if (inRange(code_point, 2048, 65535)) {
			count = 2;
			offset = 224;
		} else if (inRange(code_point, 65536, 1114111)) {
			count = 3;
			offset = 240;
		}
		var bytes = [(code_point >> 6 * count) + offset];
		while (count > 0) {
			var temp = code_point >> 6 * (count - 1);
			bytes.push(128 | temp & 63);
			count -= 1;
		}
		return bytes;
	};
}
var end_of_stream, finished, DEFAULT_ENCODING;
var init_encoding = __esmMin((() => {
	end_of_stream = -1;
	Stream.prototype = {
		/**
		* @return {boolean} True if end-of-stream has been hit.
		*/
		endOfStream: function() {
			return !this.tokens.length;
		},
		/**
		* When a token is read from a stream, the first token in the
		* stream must be returned and subsequently removed, and
		* end-of-stream must be returned otherwise.
		*
		* @return {number} Get the next token from the stream, or
		* end_of_stream.
		*/
		read: function() {
			if (!this.tokens.length) return end_of_stream;
			return this.tokens.shift();
		},
		/**
		* When one or more tokens are prepended to a stream, those tokens
		* must be inserted, in given order, before the first token in the
		* stream.
		*
		* @param {(number|!Array.<number>)} token The token(s) to prepend to the stream.
		*/
		prepend: function(token) {
			if (Array.isArray(token)) {
				var tokens = token;
				while (tokens.length) this.tokens.unshift(tokens.pop());
			} else this.tokens.unshift(token);
		},
		/**
		* When one or more tokens are pushed to a stream, those tokens
		* must be inserted, in given order, after the last token in the
		* stream.
		*
		* @param {(number|!Array.<number>)} token The tokens(s) to prepend to the stream.
		*/
		push: function(token) {
			if (Array.isArray(token)) {
				var tokens = token;
				while (tokens.length) this.tokens.push(tokens.shift());
			} else this.tokens.push(token);
		}
	};
	finished = -1;
	Decoder.prototype = { 
	/**
	* @param {Stream} stream The stream of bytes being decoded.
	* @param {number} bite The next byte read from the stream.
	* @return {?(number|!Array.<number>)} The next code point(s)
	*     decoded, or null if not enough data exists in the input
	*     stream to decode a complete code point, or |finished|.
	*/
handler: function(stream, bite) {} };
	Encoder.prototype = { 
	/**
	* @param {Stream} stream The stream of code points being encoded.
	* @param {number} code_point Next code point read from the stream.
	* @return {(number|!Array.<number>)} Byte(s) to emit, or |finished|.
	*/
handler: function(stream, code_point) {} };
	DEFAULT_ENCODING = "utf-8";
	TextDecoder$1.prototype = { 
	/**
	* @param {ArrayBufferView=} input The buffer of bytes to decode.
	* @param {Object=} options
	* @return {string} The decoded string.
	*/
decode: function decode(input, options) {
		var bytes;
		if (typeof input === "object" && input instanceof ArrayBuffer) bytes = new Uint8Array(input);
		else if (typeof input === "object" && "buffer" in input && input.buffer instanceof ArrayBuffer) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
		else bytes = /* @__PURE__ */ new Uint8Array(0);
		options = ToDictionary(options);
		if (!this._streaming) {
			this._decoder = new UTF8Decoder({ fatal: this._fatal });
			this._BOMseen = false;
		}
		this._streaming = Boolean(options["stream"]);
		var input_stream = new Stream(bytes);
		var code_points = [];
		/** @type {?(number|!Array.<number>)} */
		var result;
		while (!input_stream.endOfStream()) {
			result = this._decoder.handler(input_stream, input_stream.read());
			if (result === finished) break;
			if (result === null) continue;
			if (Array.isArray(result)) code_points.push.apply(code_points, result);
			else code_points.push(result);
		}
		if (!this._streaming) {
			do {
				result = this._decoder.handler(input_stream, input_stream.read());
				if (result === finished) break;
				if (result === null) continue;
				if (Array.isArray(result)) code_points.push.apply(code_points, result);
				else code_points.push(result);
			} while (!input_stream.endOfStream());
			this._decoder = null;
		}
		if (code_points.length) {
			if (["utf-8"].indexOf(this.encoding) !== -1 && !this._ignoreBOM && !this._BOMseen) {
				if (code_points[0] === 65279) {
					this._BOMseen = true;
					code_points.shift();
				} else this._BOMseen = true;
			}
		}
		return codePointsToString(code_points);
	} };
	TextEncoder$1.prototype = { 
	/**
	* @param {string=} opt_string The string to encode.
	* @param {Object=} options
	* @return {Uint8Array} Encoded bytes, as a Uint8Array.
	*/
encode: function encode(opt_string, options) {
		opt_string = opt_string ? String(opt_string) : "";
		options = ToDictionary(options);
		if (!this._streaming) this._encoder = new UTF8Encoder(this._options);
		this._streaming = Boolean(options["stream"]);
		var bytes = [];
		var input_stream = new Stream(stringToCodePoints(opt_string));
		/** @type {?(number|!Array.<number>)} */
		var result;
		while (!input_stream.endOfStream()) {
			result = this._encoder.handler(input_stream, input_stream.read());
			if (result === finished) break;
			if (Array.isArray(result)) bytes.push.apply(bytes, result);
			else bytes.push(result);
		}
		if (!this._streaming) {
			while (true) {
				result = this._encoder.handler(input_stream, input_stream.read());
				if (result === finished) break;
				if (Array.isArray(result)) bytes.push.apply(bytes, result);
				else bytes.push(result);
			}
			this._encoder = null;
		}
		return new Uint8Array(bytes);
	} };
}));
// node_modules/borsh/lib/index.js
var require_lib = /* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	var __createBinding = this$1 && this$1.__createBinding || (Object.create ? (function(o, m, k, k2) {
		if (k2 === void 0) k2 = k;
		Object.defineProperty(o, k2, {
			enumerable: true,
			get: function() {
				return m[k];
			}
		});
	}) : (function(o, m, k, k2) {
		if (k2 === void 0) k2 = k;
		o[k2] = m[k];
	}));
	var __setModuleDefault = this$1 && this$1.__setModuleDefault || (Object.create ? (function(o, v) {
		Object.defineProperty(o, "default", {
			enumerable: true,
			value: v
		});
	}) : function(o, v) {
		o["default"] = v;
	});
	var __decorate = this$1 && this$1.__decorate || function(decorators, target, key, desc) {
		var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
		if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
		else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
		return c > 3 && r && Object.defineProperty(target, key, r), r;
	};
	var __importStar = this$1 && this$1.__importStar || function(mod) {
		if (mod && mod.__esModule) return mod;
		var result = {};
		if (mod != null) {
			for (var k in mod) if (k !== "default" && Object.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
		}
		__setModuleDefault(result, mod);
		return result;
	};
	var __importDefault = this$1 && this$1.__importDefault || function(mod) {
		return mod && mod.__esModule ? mod : { "default": mod };
	};
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.deserializeUnchecked = exports.deserialize = exports.serialize = exports.BinaryReader = exports.BinaryWriter = exports.BorshError = exports.baseDecode = exports.baseEncode = void 0;
	var bn_js_1 = __importDefault(require_bn());
	var bs58_1 = __importDefault(require_bs58());
	var encoding = __importStar((init_encoding(), __toCommonJS(encoding_exports)));
	var textDecoder = new (typeof TextDecoder !== "function" ? encoding.TextDecoder : TextDecoder)("utf-8", { fatal: true });
	function baseEncode(value) {
		if (typeof value === "string") value = Buffer.from(value, "utf8");
		return bs58_1.default.encode(Buffer.from(value));
	}
	exports.baseEncode = baseEncode;
	function baseDecode(value) {
		return Buffer.from(bs58_1.default.decode(value));
	}
	exports.baseDecode = baseDecode;
	var INITIAL_LENGTH = 1024;
	var BorshError = class extends Error {
		constructor(message) {
			super(message);
			this.fieldPath = [];
			this.originalMessage = message;
		}
		addToFieldPath(fieldName) {
			this.fieldPath.splice(0, 0, fieldName);
			this.message = this.originalMessage + ": " + this.fieldPath.join(".");
		}
	};
	exports.BorshError = BorshError;
	var BinaryWriter = class {
		constructor() {
			this.buf = Buffer.alloc(INITIAL_LENGTH);
			this.length = 0;
		}
		maybeResize() {
			if (this.buf.length < 16 + this.length) this.buf = Buffer.concat([this.buf, Buffer.alloc(INITIAL_LENGTH)]);
		}
		writeU8(value) {
			this.maybeResize();
			this.buf.writeUInt8(value, this.length);
			this.length += 1;
		}
		writeU16(value) {
			this.maybeResize();
			this.buf.writeUInt16LE(value, this.length);
			this.length += 2;
		}
		writeU32(value) {
			this.maybeResize();
			this.buf.writeUInt32LE(value, this.length);
			this.length += 4;
		}
		writeU64(value) {
			this.maybeResize();
			this.writeBuffer(Buffer.from(new bn_js_1.default(value).toArray("le", 8)));
		}
		writeU128(value) {
			this.maybeResize();
			this.writeBuffer(Buffer.from(new bn_js_1.default(value).toArray("le", 16)));
		}
		writeU256(value) {
			this.maybeResize();
			this.writeBuffer(Buffer.from(new bn_js_1.default(value).toArray("le", 32)));
		}
		writeU512(value) {
			this.maybeResize();
			this.writeBuffer(Buffer.from(new bn_js_1.default(value).toArray("le", 64)));
		}
		writeBuffer(buffer) {
			this.buf = Buffer.concat([
				Buffer.from(this.buf.subarray(0, this.length)),
				buffer,
				Buffer.alloc(INITIAL_LENGTH)
			]);
			this.length += buffer.length;
		}
		writeString(str) {
			this.maybeResize();
			const b = Buffer.from(str, "utf8");
			this.writeU32(b.length);
			this.writeBuffer(b);
		}
		writeFixedArray(array) {
			this.writeBuffer(Buffer.from(array));
		}
		writeArray(array, fn) {
			this.maybeResize();
			this.writeU32(array.length);
			for (const elem of array) {
				this.maybeResize();
				fn(elem);
			}
		}
		toArray() {
			return this.buf.subarray(0, this.length);
		}
	};
	exports.BinaryWriter = BinaryWriter;
	function handlingRangeError(target, propertyKey, propertyDescriptor) {
		const originalMethod = propertyDescriptor.value;
		propertyDescriptor.value = function(...args) {
			try {
				return originalMethod.apply(this, args);
			} catch (e) {
				if (e instanceof RangeError) {
					const code = e.code;
					if (["ERR_BUFFER_OUT_OF_BOUNDS", "ERR_OUT_OF_RANGE"].indexOf(code) >= 0) throw new BorshError("Reached the end of buffer when deserializing");
				}
				throw e;
			}
		};
	}
	var BinaryReader = class {
		constructor(buf) {
			this.buf = buf;
			this.offset = 0;
		}
		readU8() {
			const value = this.buf.readUInt8(this.offset);
			this.offset += 1;
			return value;
		}
		readU16() {
			const value = this.buf.readUInt16LE(this.offset);
			this.offset += 2;
			return value;
		}
		readU32() {
			const value = this.buf.readUInt32LE(this.offset);
			this.offset += 4;
			return value;
		}
		readU64() {
			const buf = this.readBuffer(8);
			return new bn_js_1.default(buf, "le");
		}
		readU128() {
			const buf = this.readBuffer(16);
			return new bn_js_1.default(buf, "le");
		}
		readU256() {
			const buf = this.readBuffer(32);
			return new bn_js_1.default(buf, "le");
		}
		readU512() {
			const buf = this.readBuffer(64);
			return new bn_js_1.default(buf, "le");
		}
		readBuffer(len) {
			if (this.offset + len > this.buf.length) throw new BorshError(`Expected buffer length ${len} isn't within bounds`);
			const result = this.buf.slice(this.offset, this.offset + len);
			this.offset += len;
			return result;
		}
		readString() {
			const len = this.readU32();
			const buf = this.readBuffer(len);
			try {
				return textDecoder.decode(buf);
			} catch (e) {
				throw new BorshError(`Error decoding UTF-8 string: ${e}`);
			}
		}
		readFixedArray(len) {
			return new Uint8Array(this.readBuffer(len));
		}
		readArray(fn) {
			const len = this.readU32();
			const result = Array();
			for (let i = 0; i < len; ++i) result.push(fn());
			return result;
		}
	};
	__decorate([handlingRangeError], BinaryReader.prototype, "readU8", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readU16", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readU32", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readU64", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readU128", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readU256", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readU512", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readString", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readFixedArray", null);
	__decorate([handlingRangeError], BinaryReader.prototype, "readArray", null);
	exports.BinaryReader = BinaryReader;
	function capitalizeFirstLetter(string) {
		return string.charAt(0).toUpperCase() + string.slice(1);
	}
	function serializeField(schema, fieldName, value, fieldType, writer) {
		try {
			if (typeof fieldType === "string") writer[`write${capitalizeFirstLetter(fieldType)}`](value);
			else if (fieldType instanceof Array) {
				if (typeof fieldType[0] === "number") {
					if (value.length !== fieldType[0]) throw new BorshError(`Expecting byte array of length ${fieldType[0]}, but got ${value.length} bytes`);
					writer.writeFixedArray(value);
				} else if (fieldType.length === 2 && typeof fieldType[1] === "number") {
					if (value.length !== fieldType[1]) throw new BorshError(`Expecting byte array of length ${fieldType[1]}, but got ${value.length} bytes`);
					for (let i = 0; i < fieldType[1]; i++) serializeField(schema, null, value[i], fieldType[0], writer);
				} else writer.writeArray(value, (item) => {
					serializeField(schema, fieldName, item, fieldType[0], writer);
				});
			} else if (fieldType.kind !== void 0) switch (fieldType.kind) {
				case "option":
					if (value === null || value === void 0) writer.writeU8(0);
					else {
						writer.writeU8(1);
						serializeField(schema, fieldName, value, fieldType.type, writer);
					}
					break;
				case "map":
					writer.writeU32(value.size);
					value.forEach((val, key) => {
						serializeField(schema, fieldName, key, fieldType.key, writer);
						serializeField(schema, fieldName, val, fieldType.value, writer);
					});
					break;
				default: throw new BorshError(`FieldType ${fieldType} unrecognized`);
			}
			else serializeStruct(schema, value, writer);
		} catch (error) {
			if (error instanceof BorshError) error.addToFieldPath(fieldName);
			throw error;
		}
	}
	function serializeStruct(schema, obj, writer) {
		if (typeof obj.borshSerialize === "function") {
			obj.borshSerialize(writer);
			return;
		}
		const structSchema = schema.get(obj.constructor);
		if (!structSchema) throw new BorshError(`Class ${obj.constructor.name} is missing in schema`);
		if (structSchema.kind === "struct") structSchema.fields.map(([fieldName, fieldType]) => {
			serializeField(schema, fieldName, obj[fieldName], fieldType, writer);
		});
		else if (structSchema.kind === "enum") {
			const name = obj[structSchema.field];
			for (let idx = 0; idx < structSchema.values.length; ++idx) {
				const [fieldName, fieldType] = structSchema.values[idx];
				if (fieldName === name) {
					writer.writeU8(idx);
					serializeField(schema, fieldName, obj[fieldName], fieldType, writer);
					break;
				}
			}
		} else throw new BorshError(`Unexpected schema kind: ${structSchema.kind} for ${obj.constructor.name}`);
	}
	function serialize(schema, obj, Writer = BinaryWriter) {
		const writer = new Writer();
		serializeStruct(schema, obj, writer);
		return writer.toArray();
	}
	exports.serialize = serialize;
	function deserializeField(schema, fieldName, fieldType, reader) {
		try {
			if (typeof fieldType === "string") return reader[`read${capitalizeFirstLetter(fieldType)}`]();
			if (fieldType instanceof Array) {
				if (typeof fieldType[0] === "number") return reader.readFixedArray(fieldType[0]);
				else if (typeof fieldType[1] === "number") {
					const arr = [];
					for (let i = 0; i < fieldType[1]; i++) arr.push(deserializeField(schema, null, fieldType[0], reader));
					return arr;
				} else return reader.readArray(() => deserializeField(schema, fieldName, fieldType[0], reader));
			}
			if (fieldType.kind === "option") {
				if (reader.readU8()) return deserializeField(schema, fieldName, fieldType.type, reader);
				return;
			}
			if (fieldType.kind === "map") {
				let map = /* @__PURE__ */ new Map();
				const length = reader.readU32();
				for (let i = 0; i < length; i++) {
					const key = deserializeField(schema, fieldName, fieldType.key, reader);
					const val = deserializeField(schema, fieldName, fieldType.value, reader);
					map.set(key, val);
				}
				return map;
			}
			return deserializeStruct(schema, fieldType, reader);
		} catch (error) {
			if (error instanceof BorshError) error.addToFieldPath(fieldName);
			throw error;
		}
	}
	function deserializeStruct(schema, classType, reader) {
		if (typeof classType.borshDeserialize === "function") return classType.borshDeserialize(reader);
		const structSchema = schema.get(classType);
		if (!structSchema) throw new BorshError(`Class ${classType.name} is missing in schema`);
		if (structSchema.kind === "struct") {
			const result = {};
			for (const [fieldName, fieldType] of schema.get(classType).fields) result[fieldName] = deserializeField(schema, fieldName, fieldType, reader);
			return new classType(result);
		}
		if (structSchema.kind === "enum") {
			const idx = reader.readU8();
			if (idx >= structSchema.values.length) throw new BorshError(`Enum index: ${idx} is out of range`);
			const [fieldName, fieldType] = structSchema.values[idx];
			const fieldValue = deserializeField(schema, fieldName, fieldType, reader);
			return new classType({ [fieldName]: fieldValue });
		}
		throw new BorshError(`Unexpected schema kind: ${structSchema.kind} for ${classType.constructor.name}`);
	}
	function deserialize(schema, classType, buffer, Reader = BinaryReader) {
		const reader = new Reader(buffer);
		const result = deserializeStruct(schema, classType, reader);
		if (reader.offset < buffer.length) throw new BorshError(`Unexpected ${buffer.length - reader.offset} bytes after deserialized data`);
		return result;
	}
	exports.deserialize = deserialize;
	function deserializeUnchecked(schema, classType, buffer, Reader = BinaryReader) {
		return deserializeStruct(schema, classType, new Reader(buffer));
	}
	exports.deserializeUnchecked = deserializeUnchecked;
}));
// node_modules/@solana/buffer-layout/lib/Layout.js
/**
* Support for translating between Uint8Array instances and JavaScript
* native types.
*
* {@link module:Layout~Layout|Layout} is the basis of a class
* hierarchy that associates property names with sequences of encoded
* bytes.
*
* Layouts are supported for these scalar (numeric) types:
* * {@link module:Layout~UInt|Unsigned integers in little-endian
*   format} with {@link module:Layout.u8|8-bit}, {@link
*   module:Layout.u16|16-bit}, {@link module:Layout.u24|24-bit},
*   {@link module:Layout.u32|32-bit}, {@link
*   module:Layout.u40|40-bit}, and {@link module:Layout.u48|48-bit}
*   representation ranges;
* * {@link module:Layout~UIntBE|Unsigned integers in big-endian
*   format} with {@link module:Layout.u16be|16-bit}, {@link
*   module:Layout.u24be|24-bit}, {@link module:Layout.u32be|32-bit},
*   {@link module:Layout.u40be|40-bit}, and {@link
*   module:Layout.u48be|48-bit} representation ranges;
* * {@link module:Layout~Int|Signed integers in little-endian
*   format} with {@link module:Layout.s8|8-bit}, {@link
*   module:Layout.s16|16-bit}, {@link module:Layout.s24|24-bit},
*   {@link module:Layout.s32|32-bit}, {@link
*   module:Layout.s40|40-bit}, and {@link module:Layout.s48|48-bit}
*   representation ranges;
* * {@link module:Layout~IntBE|Signed integers in big-endian format}
*   with {@link module:Layout.s16be|16-bit}, {@link
*   module:Layout.s24be|24-bit}, {@link module:Layout.s32be|32-bit},
*   {@link module:Layout.s40be|40-bit}, and {@link
*   module:Layout.s48be|48-bit} representation ranges;
* * 64-bit integral values that decode to an exact (if magnitude is
*   less than 2^53) or nearby integral Number in {@link
*   module:Layout.nu64|unsigned little-endian}, {@link
*   module:Layout.nu64be|unsigned big-endian}, {@link
*   module:Layout.ns64|signed little-endian}, and {@link
*   module:Layout.ns64be|unsigned big-endian} encodings;
* * 32-bit floating point values with {@link
*   module:Layout.f32|little-endian} and {@link
*   module:Layout.f32be|big-endian} representations;
* * 64-bit floating point values with {@link
*   module:Layout.f64|little-endian} and {@link
*   module:Layout.f64be|big-endian} representations;
* * {@link module:Layout.const|Constants} that take no space in the
*   encoded expression.
*
* and for these aggregate types:
* * {@link module:Layout.seq|Sequence}s of instances of a {@link
*   module:Layout~Layout|Layout}, with JavaScript representation as
*   an Array and constant or data-dependent {@link
*   module:Layout~Sequence#count|length};
* * {@link module:Layout.struct|Structure}s that aggregate a
*   heterogeneous sequence of {@link module:Layout~Layout|Layout}
*   instances, with JavaScript representation as an Object;
* * {@link module:Layout.union|Union}s that support multiple {@link
*   module:Layout~VariantLayout|variant layouts} over a fixed
*   (padded) or variable (not padded) span of bytes, using an
*   unsigned integer at the start of the data or a separate {@link
*   module:Layout.unionLayoutDiscriminator|layout element} to
*   determine which layout to use when interpreting the buffer
*   contents;
* * {@link module:Layout.bits|BitStructure}s that contain a sequence
*   of individual {@link
*   module:Layout~BitStructure#addField|BitField}s packed into an 8,
*   16, 24, or 32-bit unsigned integer starting at the least- or
*   most-significant bit;
* * {@link module:Layout.cstr|C strings} of varying length;
* * {@link module:Layout.blob|Blobs} of fixed- or variable-{@link
*   module:Layout~Blob#length|length} raw data.
*
* All {@link module:Layout~Layout|Layout} instances are immutable
* after construction, to prevent internal state from becoming
* inconsistent.
*
* @local Layout
* @local ExternalLayout
* @local GreedyCount
* @local OffsetLayout
* @local UInt
* @local UIntBE
* @local Int
* @local IntBE
* @local NearUInt64
* @local NearUInt64BE
* @local NearInt64
* @local NearInt64BE
* @local Float
* @local FloatBE
* @local Double
* @local DoubleBE
* @local Sequence
* @local Structure
* @local UnionDiscriminator
* @local UnionLayoutDiscriminator
* @local Union
* @local VariantLayout
* @local BitStructure
* @local BitField
* @local Boolean
* @local Blob
* @local CString
* @local Constant
* @local bindConstructorLayout
* @module Layout
* @license MIT
* @author Peter A. Bigot
* @see {@link https://github.com/pabigot/buffer-layout|buffer-layout on GitHub}
*/
var require_Layout = /* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.s16 = exports.s8 = exports.nu64be = exports.u48be = exports.u40be = exports.u32be = exports.u24be = exports.u16be = exports.nu64 = exports.u48 = exports.u40 = exports.u32 = exports.u24 = exports.u16 = exports.u8 = exports.offset = exports.greedy = exports.Constant = exports.UTF8 = exports.CString = exports.Blob = exports.Boolean = exports.BitField = exports.BitStructure = exports.VariantLayout = exports.Union = exports.UnionLayoutDiscriminator = exports.UnionDiscriminator = exports.Structure = exports.Sequence = exports.DoubleBE = exports.Double = exports.FloatBE = exports.Float = exports.NearInt64BE = exports.NearInt64 = exports.NearUInt64BE = exports.NearUInt64 = exports.IntBE = exports.Int = exports.UIntBE = exports.UInt = exports.OffsetLayout = exports.GreedyCount = exports.ExternalLayout = exports.bindConstructorLayout = exports.nameWithProperty = exports.Layout = exports.uint8ArrayToBuffer = exports.checkUint8Array = void 0;
	exports.constant = exports.utf8 = exports.cstr = exports.blob = exports.unionLayoutDiscriminator = exports.union = exports.seq = exports.bits = exports.struct = exports.f64be = exports.f64 = exports.f32be = exports.f32 = exports.ns64be = exports.s48be = exports.s40be = exports.s32be = exports.s24be = exports.s16be = exports.ns64 = exports.s48 = exports.s40 = exports.s32 = exports.s24 = void 0;
	var buffer_1 = require_buffer();
	function checkUint8Array(b) {
		if (!(b instanceof Uint8Array)) throw new TypeError("b must be a Uint8Array");
	}
	exports.checkUint8Array = checkUint8Array;
	function uint8ArrayToBuffer(b) {
		checkUint8Array(b);
		return buffer_1.Buffer.from(b.buffer, b.byteOffset, b.length);
	}
	exports.uint8ArrayToBuffer = uint8ArrayToBuffer;
	/**
	* Base class for layout objects.
	*
	* **NOTE** This is an abstract base class; you can create instances
	* if it amuses you, but they won't support the {@link
	* Layout#encode|encode} or {@link Layout#decode|decode} functions.
	*
	* @param {Number} span - Initializer for {@link Layout#span|span}.  The
	* parameter must be an integer; a negative value signifies that the
	* span is {@link Layout#getSpan|value-specific}.
	*
	* @param {string} [property] - Initializer for {@link
	* Layout#property|property}.
	*
	* @abstract
	*/
	var Layout = class {
		constructor(span, property) {
			if (!Number.isInteger(span)) throw new TypeError("span must be an integer");
			/** The span of the layout in bytes.
			*
			* Positive values are generally expected.
			*
			* Zero will only appear in {@link Constant}s and in {@link
			* Sequence}s where the {@link Sequence#count|count} is zero.
			*
			* A negative value indicates that the span is value-specific, and
			* must be obtained using {@link Layout#getSpan|getSpan}. */
			this.span = span;
			/** The property name used when this layout is represented in an
			* Object.
			*
			* Used only for layouts that {@link Layout#decode|decode} to Object
			* instances.  If left undefined the span of the unnamed layout will
			* be treated as padding: it will not be mutated by {@link
			* Layout#encode|encode} nor represented as a property in the
			* decoded Object. */
			this.property = property;
		}
		/** Function to create an Object into which decoded properties will
		* be written.
		*
		* Used only for layouts that {@link Layout#decode|decode} to Object
		* instances, which means:
		* * {@link Structure}
		* * {@link Union}
		* * {@link VariantLayout}
		* * {@link BitStructure}
		*
		* If left undefined the JavaScript representation of these layouts
		* will be Object instances.
		*
		* See {@link bindConstructorLayout}.
		*/
		makeDestinationObject() {
			return {};
		}
		/**
		* Calculate the span of a specific instance of a layout.
		*
		* @param {Uint8Array} b - the buffer that contains an encoded instance.
		*
		* @param {Number} [offset] - the offset at which the encoded instance
		* starts.  If absent a zero offset is inferred.
		*
		* @return {Number} - the number of bytes covered by the layout
		* instance.  If this method is not overridden in a subclass the
		* definition-time constant {@link Layout#span|span} will be
		* returned.
		*
		* @throws {RangeError} - if the length of the value cannot be
		* determined.
		*/
		getSpan(b, offset) {
			if (0 > this.span) throw new RangeError("indeterminate span");
			return this.span;
		}
		/**
		* Replicate the layout using a new property.
		*
		* This function must be used to get a structurally-equivalent layout
		* with a different name since all {@link Layout} instances are
		* immutable.
		*
		* **NOTE** This is a shallow copy.  All fields except {@link
		* Layout#property|property} are strictly equal to the origin layout.
		*
		* @param {String} property - the value for {@link
		* Layout#property|property} in the replica.
		*
		* @returns {Layout} - the copy with {@link Layout#property|property}
		* set to `property`.
		*/
		replicate(property) {
			const rv = Object.create(this.constructor.prototype);
			Object.assign(rv, this);
			rv.property = property;
			return rv;
		}
		/**
		* Create an object from layout properties and an array of values.
		*
		* **NOTE** This function returns `undefined` if invoked on a layout
		* that does not return its value as an Object.  Objects are
		* returned for things that are a {@link Structure}, which includes
		* {@link VariantLayout|variant layouts} if they are structures, and
		* excludes {@link Union}s.  If you want this feature for a union
		* you must use {@link Union.getVariant|getVariant} to select the
		* desired layout.
		*
		* @param {Array} values - an array of values that correspond to the
		* default order for properties.  As with {@link Layout#decode|decode}
		* layout elements that have no property name are skipped when
		* iterating over the array values.  Only the top-level properties are
		* assigned; arguments are not assigned to properties of contained
		* layouts.  Any unused values are ignored.
		*
		* @return {(Object|undefined)}
		*/
		fromArray(values) {}
	};
	exports.Layout = Layout;
	function nameWithProperty(name, lo) {
		if (lo.property) return name + "[" + lo.property + "]";
		return name;
	}
	exports.nameWithProperty = nameWithProperty;
	/**
	* Augment a class so that instances can be encoded/decoded using a
	* given layout.
	*
	* Calling this function couples `Class` with `layout` in several ways:
	*
	* * `Class.layout_` becomes a static member property equal to `layout`;
	* * `layout.boundConstructor_` becomes a static member property equal
	*    to `Class`;
	* * The {@link Layout#makeDestinationObject|makeDestinationObject()}
	*   property of `layout` is set to a function that returns a `new
	*   Class()`;
	* * `Class.decode(b, offset)` becomes a static member function that
	*   delegates to {@link Layout#decode|layout.decode}.  The
	*   synthesized function may be captured and extended.
	* * `Class.prototype.encode(b, offset)` provides an instance member
	*   function that delegates to {@link Layout#encode|layout.encode}
	*   with `src` set to `this`.  The synthesized function may be
	*   captured and extended, but when the extension is invoked `this`
	*   must be explicitly bound to the instance.
	*
	* @param {class} Class - a JavaScript class with a nullary
	* constructor.
	*
	* @param {Layout} layout - the {@link Layout} instance used to encode
	* instances of `Class`.
	*/
	function bindConstructorLayout(Class, layout) {
		if ("function" !== typeof Class) throw new TypeError("Class must be constructor");
		if (Object.prototype.hasOwnProperty.call(Class, "layout_")) throw new Error("Class is already bound to a layout");
		if (!(layout && layout instanceof Layout)) throw new TypeError("layout must be a Layout");
		if (Object.prototype.hasOwnProperty.call(layout, "boundConstructor_")) throw new Error("layout is already bound to a constructor");
		Class.layout_ = layout;
		layout.boundConstructor_ = Class;
		layout.makeDestinationObject = (() => new Class());
		Object.defineProperty(Class.prototype, "encode", {
			value(b, offset) {
				return layout.encode(this, b, offset);
			},
			writable: true
		});
		Object.defineProperty(Class, "decode", {
			value(b, offset) {
				return layout.decode(b, offset);
			},
			writable: true
		});
	}
	exports.bindConstructorLayout = bindConstructorLayout;
	/**
	* An object that behaves like a layout but does not consume space
	* within its containing layout.
	*
	* This is primarily used to obtain metadata about a member, such as a
	* {@link OffsetLayout} that can provide data about a {@link
	* Layout#getSpan|value-specific span}.
	*
	* **NOTE** This is an abstract base class; you can create instances
	* if it amuses you, but they won't support {@link
	* ExternalLayout#isCount|isCount} or other {@link Layout} functions.
	*
	* @param {Number} span - initializer for {@link Layout#span|span}.
	* The parameter can range from 1 through 6.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @abstract
	* @augments {Layout}
	*/
	var ExternalLayout = class extends Layout {
		/**
		* Return `true` iff the external layout decodes to an unsigned
		* integer layout.
		*
		* In that case it can be used as the source of {@link
		* Sequence#count|Sequence counts}, {@link Blob#length|Blob lengths},
		* or as {@link UnionLayoutDiscriminator#layout|external union
		* discriminators}.
		*
		* @abstract
		*/
		isCount() {
			throw new Error("ExternalLayout is abstract");
		}
	};
	exports.ExternalLayout = ExternalLayout;
	/**
	* An {@link ExternalLayout} that determines its {@link
	* Layout#decode|value} based on offset into and length of the buffer
	* on which it is invoked.
	*
	* *Factory*: {@link module:Layout.greedy|greedy}
	*
	* @param {Number} [elementSpan] - initializer for {@link
	* GreedyCount#elementSpan|elementSpan}.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {ExternalLayout}
	*/
	var GreedyCount = class extends ExternalLayout {
		constructor(elementSpan = 1, property) {
			if (!Number.isInteger(elementSpan) || 0 >= elementSpan) throw new TypeError("elementSpan must be a (positive) integer");
			super(-1, property);
			/** The layout for individual elements of the sequence.  The value
			* must be a positive integer.  If not provided, the value will be
			* 1. */
			this.elementSpan = elementSpan;
		}
		/** @override */
		isCount() {
			return true;
		}
		/** @override */
		decode(b, offset = 0) {
			checkUint8Array(b);
			const rem = b.length - offset;
			return Math.floor(rem / this.elementSpan);
		}
		/** @override */
		encode(src, b, offset) {
			return 0;
		}
	};
	exports.GreedyCount = GreedyCount;
	/**
	* An {@link ExternalLayout} that supports accessing a {@link Layout}
	* at a fixed offset from the start of another Layout.  The offset may
	* be before, within, or after the base layout.
	*
	* *Factory*: {@link module:Layout.offset|offset}
	*
	* @param {Layout} layout - initializer for {@link
	* OffsetLayout#layout|layout}, modulo `property`.
	*
	* @param {Number} [offset] - Initializes {@link
	* OffsetLayout#offset|offset}.  Defaults to zero.
	*
	* @param {string} [property] - Optional new property name for a
	* {@link Layout#replicate| replica} of `layout` to be used as {@link
	* OffsetLayout#layout|layout}.  If not provided the `layout` is used
	* unchanged.
	*
	* @augments {Layout}
	*/
	var OffsetLayout = class extends ExternalLayout {
		constructor(layout, offset = 0, property) {
			if (!(layout instanceof Layout)) throw new TypeError("layout must be a Layout");
			if (!Number.isInteger(offset)) throw new TypeError("offset must be integer or undefined");
			super(layout.span, property || layout.property);
			/** The subordinated layout. */
			this.layout = layout;
			/** The location of {@link OffsetLayout#layout} relative to the
			* start of another layout.
			*
			* The value may be positive or negative, but an error will thrown
			* if at the point of use it goes outside the span of the Uint8Array
			* being accessed.  */
			this.offset = offset;
		}
		/** @override */
		isCount() {
			return this.layout instanceof UInt || this.layout instanceof UIntBE;
		}
		/** @override */
		decode(b, offset = 0) {
			return this.layout.decode(b, offset + this.offset);
		}
		/** @override */
		encode(src, b, offset = 0) {
			return this.layout.encode(src, b, offset + this.offset);
		}
	};
	exports.OffsetLayout = OffsetLayout;
	/**
	* Represent an unsigned integer in little-endian format.
	*
	* *Factory*: {@link module:Layout.u8|u8}, {@link
	*  module:Layout.u16|u16}, {@link module:Layout.u24|u24}, {@link
	*  module:Layout.u32|u32}, {@link module:Layout.u40|u40}, {@link
	*  module:Layout.u48|u48}
	*
	* @param {Number} span - initializer for {@link Layout#span|span}.
	* The parameter can range from 1 through 6.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var UInt = class extends Layout {
		constructor(span, property) {
			super(span, property);
			if (6 < this.span) throw new RangeError("span must not exceed 6 bytes");
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readUIntLE(offset, this.span);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeUIntLE(src, offset, this.span);
			return this.span;
		}
	};
	exports.UInt = UInt;
	/**
	* Represent an unsigned integer in big-endian format.
	*
	* *Factory*: {@link module:Layout.u8be|u8be}, {@link
	* module:Layout.u16be|u16be}, {@link module:Layout.u24be|u24be},
	* {@link module:Layout.u32be|u32be}, {@link
	* module:Layout.u40be|u40be}, {@link module:Layout.u48be|u48be}
	*
	* @param {Number} span - initializer for {@link Layout#span|span}.
	* The parameter can range from 1 through 6.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var UIntBE = class extends Layout {
		constructor(span, property) {
			super(span, property);
			if (6 < this.span) throw new RangeError("span must not exceed 6 bytes");
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readUIntBE(offset, this.span);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeUIntBE(src, offset, this.span);
			return this.span;
		}
	};
	exports.UIntBE = UIntBE;
	/**
	* Represent a signed integer in little-endian format.
	*
	* *Factory*: {@link module:Layout.s8|s8}, {@link
	*  module:Layout.s16|s16}, {@link module:Layout.s24|s24}, {@link
	*  module:Layout.s32|s32}, {@link module:Layout.s40|s40}, {@link
	*  module:Layout.s48|s48}
	*
	* @param {Number} span - initializer for {@link Layout#span|span}.
	* The parameter can range from 1 through 6.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var Int = class extends Layout {
		constructor(span, property) {
			super(span, property);
			if (6 < this.span) throw new RangeError("span must not exceed 6 bytes");
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readIntLE(offset, this.span);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeIntLE(src, offset, this.span);
			return this.span;
		}
	};
	exports.Int = Int;
	/**
	* Represent a signed integer in big-endian format.
	*
	* *Factory*: {@link module:Layout.s8be|s8be}, {@link
	* module:Layout.s16be|s16be}, {@link module:Layout.s24be|s24be},
	* {@link module:Layout.s32be|s32be}, {@link
	* module:Layout.s40be|s40be}, {@link module:Layout.s48be|s48be}
	*
	* @param {Number} span - initializer for {@link Layout#span|span}.
	* The parameter can range from 1 through 6.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var IntBE = class extends Layout {
		constructor(span, property) {
			super(span, property);
			if (6 < this.span) throw new RangeError("span must not exceed 6 bytes");
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readIntBE(offset, this.span);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeIntBE(src, offset, this.span);
			return this.span;
		}
	};
	exports.IntBE = IntBE;
	var V2E32 = Math.pow(2, 32);
	function divmodInt64(src) {
		const hi32 = Math.floor(src / V2E32);
		return {
			hi32,
			lo32: src - hi32 * V2E32
		};
	}
	function roundedInt64(hi32, lo32) {
		return hi32 * V2E32 + lo32;
	}
	/**
	* Represent an unsigned 64-bit integer in little-endian format when
	* encoded and as a near integral JavaScript Number when decoded.
	*
	* *Factory*: {@link module:Layout.nu64|nu64}
	*
	* **NOTE** Values with magnitude greater than 2^52 may not decode to
	* the exact value of the encoded representation.
	*
	* @augments {Layout}
	*/
	var NearUInt64 = class extends Layout {
		constructor(property) {
			super(8, property);
		}
		/** @override */
		decode(b, offset = 0) {
			const buffer = uint8ArrayToBuffer(b);
			const lo32 = buffer.readUInt32LE(offset);
			return roundedInt64(buffer.readUInt32LE(offset + 4), lo32);
		}
		/** @override */
		encode(src, b, offset = 0) {
			const split = divmodInt64(src);
			const buffer = uint8ArrayToBuffer(b);
			buffer.writeUInt32LE(split.lo32, offset);
			buffer.writeUInt32LE(split.hi32, offset + 4);
			return 8;
		}
	};
	exports.NearUInt64 = NearUInt64;
	/**
	* Represent an unsigned 64-bit integer in big-endian format when
	* encoded and as a near integral JavaScript Number when decoded.
	*
	* *Factory*: {@link module:Layout.nu64be|nu64be}
	*
	* **NOTE** Values with magnitude greater than 2^52 may not decode to
	* the exact value of the encoded representation.
	*
	* @augments {Layout}
	*/
	var NearUInt64BE = class extends Layout {
		constructor(property) {
			super(8, property);
		}
		/** @override */
		decode(b, offset = 0) {
			const buffer = uint8ArrayToBuffer(b);
			return roundedInt64(buffer.readUInt32BE(offset), buffer.readUInt32BE(offset + 4));
		}
		/** @override */
		encode(src, b, offset = 0) {
			const split = divmodInt64(src);
			const buffer = uint8ArrayToBuffer(b);
			buffer.writeUInt32BE(split.hi32, offset);
			buffer.writeUInt32BE(split.lo32, offset + 4);
			return 8;
		}
	};
	exports.NearUInt64BE = NearUInt64BE;
	/**
	* Represent a signed 64-bit integer in little-endian format when
	* encoded and as a near integral JavaScript Number when decoded.
	*
	* *Factory*: {@link module:Layout.ns64|ns64}
	*
	* **NOTE** Values with magnitude greater than 2^52 may not decode to
	* the exact value of the encoded representation.
	*
	* @augments {Layout}
	*/
	var NearInt64 = class extends Layout {
		constructor(property) {
			super(8, property);
		}
		/** @override */
		decode(b, offset = 0) {
			const buffer = uint8ArrayToBuffer(b);
			const lo32 = buffer.readUInt32LE(offset);
			return roundedInt64(buffer.readInt32LE(offset + 4), lo32);
		}
		/** @override */
		encode(src, b, offset = 0) {
			const split = divmodInt64(src);
			const buffer = uint8ArrayToBuffer(b);
			buffer.writeUInt32LE(split.lo32, offset);
			buffer.writeInt32LE(split.hi32, offset + 4);
			return 8;
		}
	};
	exports.NearInt64 = NearInt64;
	/**
	* Represent a signed 64-bit integer in big-endian format when
	* encoded and as a near integral JavaScript Number when decoded.
	*
	* *Factory*: {@link module:Layout.ns64be|ns64be}
	*
	* **NOTE** Values with magnitude greater than 2^52 may not decode to
	* the exact value of the encoded representation.
	*
	* @augments {Layout}
	*/
	var NearInt64BE = class extends Layout {
		constructor(property) {
			super(8, property);
		}
		/** @override */
		decode(b, offset = 0) {
			const buffer = uint8ArrayToBuffer(b);
			return roundedInt64(buffer.readInt32BE(offset), buffer.readUInt32BE(offset + 4));
		}
		/** @override */
		encode(src, b, offset = 0) {
			const split = divmodInt64(src);
			const buffer = uint8ArrayToBuffer(b);
			buffer.writeInt32BE(split.hi32, offset);
			buffer.writeUInt32BE(split.lo32, offset + 4);
			return 8;
		}
	};
	exports.NearInt64BE = NearInt64BE;
	/**
	* Represent a 32-bit floating point number in little-endian format.
	*
	* *Factory*: {@link module:Layout.f32|f32}
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var Float = class extends Layout {
		constructor(property) {
			super(4, property);
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readFloatLE(offset);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeFloatLE(src, offset);
			return 4;
		}
	};
	exports.Float = Float;
	/**
	* Represent a 32-bit floating point number in big-endian format.
	*
	* *Factory*: {@link module:Layout.f32be|f32be}
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var FloatBE = class extends Layout {
		constructor(property) {
			super(4, property);
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readFloatBE(offset);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeFloatBE(src, offset);
			return 4;
		}
	};
	exports.FloatBE = FloatBE;
	/**
	* Represent a 64-bit floating point number in little-endian format.
	*
	* *Factory*: {@link module:Layout.f64|f64}
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var Double = class extends Layout {
		constructor(property) {
			super(8, property);
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readDoubleLE(offset);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeDoubleLE(src, offset);
			return 8;
		}
	};
	exports.Double = Double;
	/**
	* Represent a 64-bit floating point number in big-endian format.
	*
	* *Factory*: {@link module:Layout.f64be|f64be}
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var DoubleBE = class extends Layout {
		constructor(property) {
			super(8, property);
		}
		/** @override */
		decode(b, offset = 0) {
			return uint8ArrayToBuffer(b).readDoubleBE(offset);
		}
		/** @override */
		encode(src, b, offset = 0) {
			uint8ArrayToBuffer(b).writeDoubleBE(src, offset);
			return 8;
		}
	};
	exports.DoubleBE = DoubleBE;
	/**
	* Represent a contiguous sequence of a specific layout as an Array.
	*
	* *Factory*: {@link module:Layout.seq|seq}
	*
	* @param {Layout} elementLayout - initializer for {@link
	* Sequence#elementLayout|elementLayout}.
	*
	* @param {(Number|ExternalLayout)} count - initializer for {@link
	* Sequence#count|count}.  The parameter must be either a positive
	* integer or an instance of {@link ExternalLayout}.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var Sequence = class extends Layout {
		constructor(elementLayout, count, property) {
			if (!(elementLayout instanceof Layout)) throw new TypeError("elementLayout must be a Layout");
			if (!(count instanceof ExternalLayout && count.isCount() || Number.isInteger(count) && 0 <= count)) throw new TypeError("count must be non-negative integer or an unsigned integer ExternalLayout");
			let span = -1;
			if (!(count instanceof ExternalLayout) && 0 < elementLayout.span) span = count * elementLayout.span;
			super(span, property);
			/** The layout for individual elements of the sequence. */
			this.elementLayout = elementLayout;
			/** The number of elements in the sequence.
			*
			* This will be either a non-negative integer or an instance of
			* {@link ExternalLayout} for which {@link
			* ExternalLayout#isCount|isCount()} is `true`. */
			this.count = count;
		}
		/** @override */
		getSpan(b, offset = 0) {
			if (0 <= this.span) return this.span;
			let span = 0;
			let count = this.count;
			if (count instanceof ExternalLayout) count = count.decode(b, offset);
			if (0 < this.elementLayout.span) span = count * this.elementLayout.span;
			else {
				let idx = 0;
				while (idx < count) {
					span += this.elementLayout.getSpan(b, offset + span);
					++idx;
				}
			}
			return span;
		}
		/** @override */
		decode(b, offset = 0) {
			const rv = [];
			let i = 0;
			let count = this.count;
			if (count instanceof ExternalLayout) count = count.decode(b, offset);
			while (i < count) {
				rv.push(this.elementLayout.decode(b, offset));
				offset += this.elementLayout.getSpan(b, offset);
				i += 1;
			}
			return rv;
		}
		/** Implement {@link Layout#encode|encode} for {@link Sequence}.
		*
		* **NOTE** If `src` is shorter than {@link Sequence#count|count} then
		* the unused space in the buffer is left unchanged.  If `src` is
		* longer than {@link Sequence#count|count} the unneeded elements are
		* ignored.
		*
		* **NOTE** If {@link Layout#count|count} is an instance of {@link
		* ExternalLayout} then the length of `src` will be encoded as the
		* count after `src` is encoded. */
		encode(src, b, offset = 0) {
			const elo = this.elementLayout;
			const span = src.reduce((span, v) => {
				return span + elo.encode(v, b, offset + span);
			}, 0);
			if (this.count instanceof ExternalLayout) this.count.encode(src.length, b, offset);
			return span;
		}
	};
	exports.Sequence = Sequence;
	/**
	* Represent a contiguous sequence of arbitrary layout elements as an
	* Object.
	*
	* *Factory*: {@link module:Layout.struct|struct}
	*
	* **NOTE** The {@link Layout#span|span} of the structure is variable
	* if any layout in {@link Structure#fields|fields} has a variable
	* span.  When {@link Layout#encode|encoding} we must have a value for
	* all variable-length fields, or we wouldn't be able to figure out
	* how much space to use for storage.  We can only identify the value
	* for a field when it has a {@link Layout#property|property}.  As
	* such, although a structure may contain both unnamed fields and
	* variable-length fields, it cannot contain an unnamed
	* variable-length field.
	*
	* @param {Layout[]} fields - initializer for {@link
	* Structure#fields|fields}.  An error is raised if this contains a
	* variable-length field for which a {@link Layout#property|property}
	* is not defined.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @param {Boolean} [decodePrefixes] - initializer for {@link
	* Structure#decodePrefixes|property}.
	*
	* @throws {Error} - if `fields` contains an unnamed variable-length
	* layout.
	*
	* @augments {Layout}
	*/
	var Structure = class extends Layout {
		constructor(fields, property, decodePrefixes) {
			if (!(Array.isArray(fields) && fields.reduce((acc, v) => acc && v instanceof Layout, true))) throw new TypeError("fields must be array of Layout instances");
			if ("boolean" === typeof property && void 0 === decodePrefixes) {
				decodePrefixes = property;
				property = void 0;
			}
			for (const fd of fields) if (0 > fd.span && void 0 === fd.property) throw new Error("fields cannot contain unnamed variable-length layout");
			let span = -1;
			try {
				span = fields.reduce((span, fd) => span + fd.getSpan(), 0);
			} catch (e) {}
			super(span, property);
			/** The sequence of {@link Layout} values that comprise the
			* structure.
			*
			* The individual elements need not be the same type, and may be
			* either scalar or aggregate layouts.  If a member layout leaves
			* its {@link Layout#property|property} undefined the
			* corresponding region of the buffer associated with the element
			* will not be mutated.
			*
			* @type {Layout[]} */
			this.fields = fields;
			/** Control behavior of {@link Layout#decode|decode()} given short
			* buffers.
			*
			* In some situations a structure many be extended with additional
			* fields over time, with older installations providing only a
			* prefix of the full structure.  If this property is `true`
			* decoding will accept those buffers and leave subsequent fields
			* undefined, as long as the buffer ends at a field boundary.
			* Defaults to `false`. */
			this.decodePrefixes = !!decodePrefixes;
		}
		/** @override */
		getSpan(b, offset = 0) {
			if (0 <= this.span) return this.span;
			let span = 0;
			try {
				span = this.fields.reduce((span, fd) => {
					const fsp = fd.getSpan(b, offset);
					offset += fsp;
					return span + fsp;
				}, 0);
			} catch (e) {
				throw new RangeError("indeterminate span");
			}
			return span;
		}
		/** @override */
		decode(b, offset = 0) {
			checkUint8Array(b);
			const dest = this.makeDestinationObject();
			for (const fd of this.fields) {
				if (void 0 !== fd.property) dest[fd.property] = fd.decode(b, offset);
				offset += fd.getSpan(b, offset);
				if (this.decodePrefixes && b.length === offset) break;
			}
			return dest;
		}
		/** Implement {@link Layout#encode|encode} for {@link Structure}.
		*
		* If `src` is missing a property for a member with a defined {@link
		* Layout#property|property} the corresponding region of the buffer is
		* left unmodified. */
		encode(src, b, offset = 0) {
			const firstOffset = offset;
			let lastOffset = 0;
			let lastWrote = 0;
			for (const fd of this.fields) {
				let span = fd.span;
				lastWrote = 0 < span ? span : 0;
				if (void 0 !== fd.property) {
					const fv = src[fd.property];
					if (void 0 !== fv) {
						lastWrote = fd.encode(fv, b, offset);
						if (0 > span) span = fd.getSpan(b, offset);
					}
				}
				lastOffset = offset;
				offset += span;
			}
			return lastOffset + lastWrote - firstOffset;
		}
		/** @override */
		fromArray(values) {
			const dest = this.makeDestinationObject();
			for (const fd of this.fields) if (void 0 !== fd.property && 0 < values.length) dest[fd.property] = values.shift();
			return dest;
		}
		/**
		* Get access to the layout of a given property.
		*
		* @param {String} property - the structure member of interest.
		*
		* @return {Layout} - the layout associated with `property`, or
		* undefined if there is no such property.
		*/
		layoutFor(property) {
			if ("string" !== typeof property) throw new TypeError("property must be string");
			for (const fd of this.fields) if (fd.property === property) return fd;
		}
		/**
		* Get the offset of a structure member.
		*
		* @param {String} property - the structure member of interest.
		*
		* @return {Number} - the offset in bytes to the start of `property`
		* within the structure, or undefined if `property` is not a field
		* within the structure.  If the property is a member but follows a
		* variable-length structure member a negative number will be
		* returned.
		*/
		offsetOf(property) {
			if ("string" !== typeof property) throw new TypeError("property must be string");
			let offset = 0;
			for (const fd of this.fields) {
				if (fd.property === property) return offset;
				if (0 > fd.span) offset = -1;
				else if (0 <= offset) offset += fd.span;
			}
		}
	};
	exports.Structure = Structure;
	/**
	* An object that can provide a {@link
	* Union#discriminator|discriminator} API for {@link Union}.
	*
	* **NOTE** This is an abstract base class; you can create instances
	* if it amuses you, but they won't support the {@link
	* UnionDiscriminator#encode|encode} or {@link
	* UnionDiscriminator#decode|decode} functions.
	*
	* @param {string} [property] - Default for {@link
	* UnionDiscriminator#property|property}.
	*
	* @abstract
	*/
	var UnionDiscriminator = class {
		constructor(property) {
			/** The {@link Layout#property|property} to be used when the
			* discriminator is referenced in isolation (generally when {@link
			* Union#decode|Union decode} cannot delegate to a specific
			* variant). */
			this.property = property;
		}
		/** Analog to {@link Layout#decode|Layout decode} for union discriminators.
		*
		* The implementation of this method need not reference the buffer if
		* variant information is available through other means. */
		decode(b, offset) {
			throw new Error("UnionDiscriminator is abstract");
		}
		/** Analog to {@link Layout#decode|Layout encode} for union discriminators.
		*
		* The implementation of this method need not store the value if
		* variant information is maintained through other means. */
		encode(src, b, offset) {
			throw new Error("UnionDiscriminator is abstract");
		}
	};
	exports.UnionDiscriminator = UnionDiscriminator;
	/**
	* An object that can provide a {@link
	* UnionDiscriminator|discriminator API} for {@link Union} using an
	* unsigned integral {@link Layout} instance located either inside or
	* outside the union.
	*
	* @param {ExternalLayout} layout - initializes {@link
	* UnionLayoutDiscriminator#layout|layout}.  Must satisfy {@link
	* ExternalLayout#isCount|isCount()}.
	*
	* @param {string} [property] - Default for {@link
	* UnionDiscriminator#property|property}, superseding the property
	* from `layout`, but defaulting to `variant` if neither `property`
	* nor layout provide a property name.
	*
	* @augments {UnionDiscriminator}
	*/
	var UnionLayoutDiscriminator = class extends UnionDiscriminator {
		constructor(layout, property) {
			if (!(layout instanceof ExternalLayout && layout.isCount())) throw new TypeError("layout must be an unsigned integer ExternalLayout");
			super(property || layout.property || "variant");
			/** The {@link ExternalLayout} used to access the discriminator
			* value. */
			this.layout = layout;
		}
		/** Delegate decoding to {@link UnionLayoutDiscriminator#layout|layout}. */
		decode(b, offset) {
			return this.layout.decode(b, offset);
		}
		/** Delegate encoding to {@link UnionLayoutDiscriminator#layout|layout}. */
		encode(src, b, offset) {
			return this.layout.encode(src, b, offset);
		}
	};
	exports.UnionLayoutDiscriminator = UnionLayoutDiscriminator;
	/**
	* Represent any number of span-compatible layouts.
	*
	* *Factory*: {@link module:Layout.union|union}
	*
	* If the union has a {@link Union#defaultLayout|default layout} that
	* layout must have a non-negative {@link Layout#span|span}.  The span
	* of a fixed-span union includes its {@link
	* Union#discriminator|discriminator} if the variant is a {@link
	* Union#usesPrefixDiscriminator|prefix of the union}, plus the span
	* of its {@link Union#defaultLayout|default layout}.
	*
	* If the union does not have a default layout then the encoded span
	* of the union depends on the encoded span of its variant (which may
	* be fixed or variable).
	*
	* {@link VariantLayout#layout|Variant layout}s are added through
	* {@link Union#addVariant|addVariant}.  If the union has a default
	* layout, the span of the {@link VariantLayout#layout|layout
	* contained by the variant} must not exceed the span of the {@link
	* Union#defaultLayout|default layout} (minus the span of a {@link
	* Union#usesPrefixDiscriminator|prefix disriminator}, if used).  The
	* span of the variant will equal the span of the union itself.
	*
	* The variant for a buffer can only be identified from the {@link
	* Union#discriminator|discriminator} {@link
	* UnionDiscriminator#property|property} (in the case of the {@link
	* Union#defaultLayout|default layout}), or by using {@link
	* Union#getVariant|getVariant} and examining the resulting {@link
	* VariantLayout} instance.
	*
	* A variant compatible with a JavaScript object can be identified
	* using {@link Union#getSourceVariant|getSourceVariant}.
	*
	* @param {(UnionDiscriminator|ExternalLayout|Layout)} discr - How to
	* identify the layout used to interpret the union contents.  The
	* parameter must be an instance of {@link UnionDiscriminator}, an
	* {@link ExternalLayout} that satisfies {@link
	* ExternalLayout#isCount|isCount()}, or {@link UInt} (or {@link
	* UIntBE}).  When a non-external layout element is passed the layout
	* appears at the start of the union.  In all cases the (synthesized)
	* {@link UnionDiscriminator} instance is recorded as {@link
	* Union#discriminator|discriminator}.
	*
	* @param {(Layout|null)} defaultLayout - initializer for {@link
	* Union#defaultLayout|defaultLayout}.  If absent defaults to `null`.
	* If `null` there is no default layout: the union has data-dependent
	* length and attempts to decode or encode unrecognized variants will
	* throw an exception.  A {@link Layout} instance must have a
	* non-negative {@link Layout#span|span}, and if it lacks a {@link
	* Layout#property|property} the {@link
	* Union#defaultLayout|defaultLayout} will be a {@link
	* Layout#replicate|replica} with property `content`.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var Union = class extends Layout {
		constructor(discr, defaultLayout, property) {
			let discriminator;
			if (discr instanceof UInt || discr instanceof UIntBE) discriminator = new UnionLayoutDiscriminator(new OffsetLayout(discr));
			else if (discr instanceof ExternalLayout && discr.isCount()) discriminator = new UnionLayoutDiscriminator(discr);
			else if (!(discr instanceof UnionDiscriminator)) throw new TypeError("discr must be a UnionDiscriminator or an unsigned integer layout");
			else discriminator = discr;
			if (void 0 === defaultLayout) defaultLayout = null;
			if (!(null === defaultLayout || defaultLayout instanceof Layout)) throw new TypeError("defaultLayout must be null or a Layout");
			if (null !== defaultLayout) {
				if (0 > defaultLayout.span) throw new Error("defaultLayout must have constant span");
				if (void 0 === defaultLayout.property) defaultLayout = defaultLayout.replicate("content");
			}
			let span = -1;
			if (defaultLayout) {
				span = defaultLayout.span;
				if (0 <= span && (discr instanceof UInt || discr instanceof UIntBE)) span += discriminator.layout.span;
			}
			super(span, property);
			/** The interface for the discriminator value in isolation.
			*
			* This a {@link UnionDiscriminator} either passed to the
			* constructor or synthesized from the `discr` constructor
			* argument.  {@link
			* Union#usesPrefixDiscriminator|usesPrefixDiscriminator} will be
			* `true` iff the `discr` parameter was a non-offset {@link
			* Layout} instance. */
			this.discriminator = discriminator;
			/** `true` if the {@link Union#discriminator|discriminator} is the
			* first field in the union.
			*
			* If `false` the discriminator is obtained from somewhere
			* else. */
			this.usesPrefixDiscriminator = discr instanceof UInt || discr instanceof UIntBE;
			/** The layout for non-discriminator content when the value of the
			* discriminator is not recognized.
			*
			* This is the value passed to the constructor.  It is
			* structurally equivalent to the second component of {@link
			* Union#layout|layout} but may have a different property
			* name. */
			this.defaultLayout = defaultLayout;
			/** A registry of allowed variants.
			*
			* The keys are unsigned integers which should be compatible with
			* {@link Union.discriminator|discriminator}.  The property value
			* is the corresponding {@link VariantLayout} instances assigned
			* to this union by {@link Union#addVariant|addVariant}.
			*
			* **NOTE** The registry remains mutable so that variants can be
			* {@link Union#addVariant|added} at any time.  Users should not
			* manipulate the content of this property. */
			this.registry = {};
			let boundGetSourceVariant = this.defaultGetSourceVariant.bind(this);
			/** Function to infer the variant selected by a source object.
			*
			* Defaults to {@link
			* Union#defaultGetSourceVariant|defaultGetSourceVariant} but may
			* be overridden using {@link
			* Union#configGetSourceVariant|configGetSourceVariant}.
			*
			* @param {Object} src - as with {@link
			* Union#defaultGetSourceVariant|defaultGetSourceVariant}.
			*
			* @returns {(undefined|VariantLayout)} The default variant
			* (`undefined`) or first registered variant that uses a property
			* available in `src`. */
			this.getSourceVariant = function(src) {
				return boundGetSourceVariant(src);
			};
			/** Function to override the implementation of {@link
			* Union#getSourceVariant|getSourceVariant}.
			*
			* Use this if the desired variant cannot be identified using the
			* algorithm of {@link
			* Union#defaultGetSourceVariant|defaultGetSourceVariant}.
			*
			* **NOTE** The provided function will be invoked bound to this
			* Union instance, providing local access to {@link
			* Union#registry|registry}.
			*
			* @param {Function} gsv - a function that follows the API of
			* {@link Union#defaultGetSourceVariant|defaultGetSourceVariant}. */
			this.configGetSourceVariant = function(gsv) {
				boundGetSourceVariant = gsv.bind(this);
			};
		}
		/** @override */
		getSpan(b, offset = 0) {
			if (0 <= this.span) return this.span;
			const vlo = this.getVariant(b, offset);
			if (!vlo) throw new Error("unable to determine span for unrecognized variant");
			return vlo.getSpan(b, offset);
		}
		/**
		* Method to infer a registered Union variant compatible with `src`.
		*
		* The first satisfied rule in the following sequence defines the
		* return value:
		* * If `src` has properties matching the Union discriminator and
		*   the default layout, `undefined` is returned regardless of the
		*   value of the discriminator property (this ensures the default
		*   layout will be used);
		* * If `src` has a property matching the Union discriminator, the
		*   value of the discriminator identifies a registered variant, and
		*   either (a) the variant has no layout, or (b) `src` has the
		*   variant's property, then the variant is returned (because the
		*   source satisfies the constraints of the variant it identifies);
		* * If `src` does not have a property matching the Union
		*   discriminator, but does have a property matching a registered
		*   variant, then the variant is returned (because the source
		*   matches a variant without an explicit conflict);
		* * An error is thrown (because we either can't identify a variant,
		*   or we were explicitly told the variant but can't satisfy it).
		*
		* @param {Object} src - an object presumed to be compatible with
		* the content of the Union.
		*
		* @return {(undefined|VariantLayout)} - as described above.
		*
		* @throws {Error} - if `src` cannot be associated with a default or
		* registered variant.
		*/
		defaultGetSourceVariant(src) {
			if (Object.prototype.hasOwnProperty.call(src, this.discriminator.property)) {
				if (this.defaultLayout && this.defaultLayout.property && Object.prototype.hasOwnProperty.call(src, this.defaultLayout.property)) return;
				const vlo = this.registry[src[this.discriminator.property]];
				if (vlo && (!vlo.layout || vlo.property && Object.prototype.hasOwnProperty.call(src, vlo.property))) return vlo;
			} else for (const tag in this.registry) {
				const vlo = this.registry[tag];
				if (vlo.property && Object.prototype.hasOwnProperty.call(src, vlo.property)) return vlo;
			}
			throw new Error("unable to infer src variant");
		}
		/** Implement {@link Layout#decode|decode} for {@link Union}.
		*
		* If the variant is {@link Union#addVariant|registered} the return
		* value is an instance of that variant, with no explicit
		* discriminator.  Otherwise the {@link Union#defaultLayout|default
		* layout} is used to decode the content. */
		decode(b, offset = 0) {
			let dest;
			const dlo = this.discriminator;
			const discr = dlo.decode(b, offset);
			const clo = this.registry[discr];
			if (void 0 === clo) {
				const defaultLayout = this.defaultLayout;
				let contentOffset = 0;
				if (this.usesPrefixDiscriminator) contentOffset = dlo.layout.span;
				dest = this.makeDestinationObject();
				dest[dlo.property] = discr;
				dest[defaultLayout.property] = defaultLayout.decode(b, offset + contentOffset);
			} else dest = clo.decode(b, offset);
			return dest;
		}
		/** Implement {@link Layout#encode|encode} for {@link Union}.
		*
		* This API assumes the `src` object is consistent with the union's
		* {@link Union#defaultLayout|default layout}.  To encode variants
		* use the appropriate variant-specific {@link VariantLayout#encode}
		* method. */
		encode(src, b, offset = 0) {
			const vlo = this.getSourceVariant(src);
			if (void 0 === vlo) {
				const dlo = this.discriminator;
				const clo = this.defaultLayout;
				let contentOffset = 0;
				if (this.usesPrefixDiscriminator) contentOffset = dlo.layout.span;
				dlo.encode(src[dlo.property], b, offset);
				return contentOffset + clo.encode(src[clo.property], b, offset + contentOffset);
			}
			return vlo.encode(src, b, offset);
		}
		/** Register a new variant structure within a union.  The newly
		* created variant is returned.
		*
		* @param {Number} variant - initializer for {@link
		* VariantLayout#variant|variant}.
		*
		* @param {Layout} layout - initializer for {@link
		* VariantLayout#layout|layout}.
		*
		* @param {String} property - initializer for {@link
		* Layout#property|property}.
		*
		* @return {VariantLayout} */
		addVariant(variant, layout, property) {
			const rv = new VariantLayout(this, variant, layout, property);
			this.registry[variant] = rv;
			return rv;
		}
		/**
		* Get the layout associated with a registered variant.
		*
		* If `vb` does not produce a registered variant the function returns
		* `undefined`.
		*
		* @param {(Number|Uint8Array)} vb - either the variant number, or a
		* buffer from which the discriminator is to be read.
		*
		* @param {Number} offset - offset into `vb` for the start of the
		* union.  Used only when `vb` is an instance of {Uint8Array}.
		*
		* @return {({VariantLayout}|undefined)}
		*/
		getVariant(vb, offset = 0) {
			let variant;
			if (vb instanceof Uint8Array) variant = this.discriminator.decode(vb, offset);
			else variant = vb;
			return this.registry[variant];
		}
	};
	exports.Union = Union;
	/**
	* Represent a specific variant within a containing union.
	*
	* **NOTE** The {@link Layout#span|span} of the variant may include
	* the span of the {@link Union#discriminator|discriminator} used to
	* identify it, but values read and written using the variant strictly
	* conform to the content of {@link VariantLayout#layout|layout}.
	*
	* **NOTE** User code should not invoke this constructor directly.  Use
	* the union {@link Union#addVariant|addVariant} helper method.
	*
	* @param {Union} union - initializer for {@link
	* VariantLayout#union|union}.
	*
	* @param {Number} variant - initializer for {@link
	* VariantLayout#variant|variant}.
	*
	* @param {Layout} [layout] - initializer for {@link
	* VariantLayout#layout|layout}.  If absent the variant carries no
	* data.
	*
	* @param {String} [property] - initializer for {@link
	* Layout#property|property}.  Unlike many other layouts, variant
	* layouts normally include a property name so they can be identified
	* within their containing {@link Union}.  The property identifier may
	* be absent only if `layout` is is absent.
	*
	* @augments {Layout}
	*/
	var VariantLayout = class extends Layout {
		constructor(union, variant, layout, property) {
			if (!(union instanceof Union)) throw new TypeError("union must be a Union");
			if (!Number.isInteger(variant) || 0 > variant) throw new TypeError("variant must be a (non-negative) integer");
			if ("string" === typeof layout && void 0 === property) {
				property = layout;
				layout = null;
			}
			if (layout) {
				if (!(layout instanceof Layout)) throw new TypeError("layout must be a Layout");
				if (null !== union.defaultLayout && 0 <= layout.span && layout.span > union.defaultLayout.span) throw new Error("variant span exceeds span of containing union");
				if ("string" !== typeof property) throw new TypeError("variant must have a String property");
			}
			let span = union.span;
			if (0 > union.span) {
				span = layout ? layout.span : 0;
				if (0 <= span && union.usesPrefixDiscriminator) span += union.discriminator.layout.span;
			}
			super(span, property);
			/** The {@link Union} to which this variant belongs. */
			this.union = union;
			/** The unsigned integral value identifying this variant within
			* the {@link Union#discriminator|discriminator} of the containing
			* union. */
			this.variant = variant;
			/** The {@link Layout} to be used when reading/writing the
			* non-discriminator part of the {@link
			* VariantLayout#union|union}.  If `null` the variant carries no
			* data. */
			this.layout = layout || null;
		}
		/** @override */
		getSpan(b, offset = 0) {
			if (0 <= this.span) return this.span;
			let contentOffset = 0;
			if (this.union.usesPrefixDiscriminator) contentOffset = this.union.discriminator.layout.span;
			let span = 0;
			if (this.layout) span = this.layout.getSpan(b, offset + contentOffset);
			return contentOffset + span;
		}
		/** @override */
		decode(b, offset = 0) {
			const dest = this.makeDestinationObject();
			if (this !== this.union.getVariant(b, offset)) throw new Error("variant mismatch");
			let contentOffset = 0;
			if (this.union.usesPrefixDiscriminator) contentOffset = this.union.discriminator.layout.span;
			if (this.layout) dest[this.property] = this.layout.decode(b, offset + contentOffset);
			else if (this.property) dest[this.property] = true;
			else if (this.union.usesPrefixDiscriminator) dest[this.union.discriminator.property] = this.variant;
			return dest;
		}
		/** @override */
		encode(src, b, offset = 0) {
			let contentOffset = 0;
			if (this.union.usesPrefixDiscriminator) contentOffset = this.union.discriminator.layout.span;
			if (this.layout && !Object.prototype.hasOwnProperty.call(src, this.property)) throw new TypeError("variant lacks property " + this.property);
			this.union.discriminator.encode(this.variant, b, offset);
			let span = contentOffset;
			if (this.layout) {
				this.layout.encode(src[this.property], b, offset + contentOffset);
				span += this.layout.getSpan(b, offset + contentOffset);
				if (0 <= this.union.span && span > this.union.span) throw new Error("encoded variant overruns containing union");
			}
			return span;
		}
		/** Delegate {@link Layout#fromArray|fromArray} to {@link
		* VariantLayout#layout|layout}. */
		fromArray(values) {
			if (this.layout) return this.layout.fromArray(values);
		}
	};
	exports.VariantLayout = VariantLayout;
	/** JavaScript chose to define bitwise operations as operating on
	* signed 32-bit values in 2's complement form, meaning any integer
	* with bit 31 set is going to look negative.  For right shifts that's
	* not a problem, because `>>>` is a logical shift, but for every
	* other bitwise operator we have to compensate for possible negative
	* results. */
	function fixBitwiseResult(v) {
		if (0 > v) v += 4294967296;
		return v;
	}
	/**
	* Contain a sequence of bit fields as an unsigned integer.
	*
	* *Factory*: {@link module:Layout.bits|bits}
	*
	* This is a container element; within it there are {@link BitField}
	* instances that provide the extracted properties.  The container
	* simply defines the aggregate representation and its bit ordering.
	* The representation is an object containing properties with numeric
	* or {@link Boolean} values.
	*
	* {@link BitField}s are added with the {@link
	* BitStructure#addField|addField} and {@link
	* BitStructure#addBoolean|addBoolean} methods.
	
	* @param {Layout} word - initializer for {@link
	* BitStructure#word|word}.  The parameter must be an instance of
	* {@link UInt} (or {@link UIntBE}) that is no more than 4 bytes wide.
	*
	* @param {bool} [msb] - `true` if the bit numbering starts at the
	* most significant bit of the containing word; `false` (default) if
	* it starts at the least significant bit of the containing word.  If
	* the parameter at this position is a string and `property` is
	* `undefined` the value of this argument will instead be used as the
	* value of `property`.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var BitStructure = class extends Layout {
		constructor(word, msb, property) {
			if (!(word instanceof UInt || word instanceof UIntBE)) throw new TypeError("word must be a UInt or UIntBE layout");
			if ("string" === typeof msb && void 0 === property) {
				property = msb;
				msb = false;
			}
			if (4 < word.span) throw new RangeError("word cannot exceed 32 bits");
			super(word.span, property);
			/** The layout used for the packed value.  {@link BitField}
			* instances are packed sequentially depending on {@link
			* BitStructure#msb|msb}. */
			this.word = word;
			/** Whether the bit sequences are packed starting at the most
			* significant bit growing down (`true`), or the least significant
			* bit growing up (`false`).
			*
			* **NOTE** Regardless of this value, the least significant bit of
			* any {@link BitField} value is the least significant bit of the
			* corresponding section of the packed value. */
			this.msb = !!msb;
			/** The sequence of {@link BitField} layouts that comprise the
			* packed structure.
			*
			* **NOTE** The array remains mutable to allow fields to be {@link
			* BitStructure#addField|added} after construction.  Users should
			* not manipulate the content of this property.*/
			this.fields = [];
			let value = 0;
			this._packedSetValue = function(v) {
				value = fixBitwiseResult(v);
				return this;
			};
			this._packedGetValue = function() {
				return value;
			};
		}
		/** @override */
		decode(b, offset = 0) {
			const dest = this.makeDestinationObject();
			const value = this.word.decode(b, offset);
			this._packedSetValue(value);
			for (const fd of this.fields) if (void 0 !== fd.property) dest[fd.property] = fd.decode(b);
			return dest;
		}
		/** Implement {@link Layout#encode|encode} for {@link BitStructure}.
		*
		* If `src` is missing a property for a member with a defined {@link
		* Layout#property|property} the corresponding region of the packed
		* value is left unmodified.  Unused bits are also left unmodified. */
		encode(src, b, offset = 0) {
			const value = this.word.decode(b, offset);
			this._packedSetValue(value);
			for (const fd of this.fields) if (void 0 !== fd.property) {
				const fv = src[fd.property];
				if (void 0 !== fv) fd.encode(fv);
			}
			return this.word.encode(this._packedGetValue(), b, offset);
		}
		/** Register a new bitfield with a containing bit structure.  The
		* resulting bitfield is returned.
		*
		* @param {Number} bits - initializer for {@link BitField#bits|bits}.
		*
		* @param {string} property - initializer for {@link
		* Layout#property|property}.
		*
		* @return {BitField} */
		addField(bits, property) {
			const bf = new BitField(this, bits, property);
			this.fields.push(bf);
			return bf;
		}
		/** As with {@link BitStructure#addField|addField} for single-bit
		* fields with `boolean` value representation.
		*
		* @param {string} property - initializer for {@link
		* Layout#property|property}.
		*
		* @return {Boolean} */
		addBoolean(property) {
			const bf = new Boolean(this, property);
			this.fields.push(bf);
			return bf;
		}
		/**
		* Get access to the bit field for a given property.
		*
		* @param {String} property - the bit field of interest.
		*
		* @return {BitField} - the field associated with `property`, or
		* undefined if there is no such property.
		*/
		fieldFor(property) {
			if ("string" !== typeof property) throw new TypeError("property must be string");
			for (const fd of this.fields) if (fd.property === property) return fd;
		}
	};
	exports.BitStructure = BitStructure;
	/**
	* Represent a sequence of bits within a {@link BitStructure}.
	*
	* All bit field values are represented as unsigned integers.
	*
	* **NOTE** User code should not invoke this constructor directly.
	* Use the container {@link BitStructure#addField|addField} helper
	* method.
	*
	* **NOTE** BitField instances are not instances of {@link Layout}
	* since {@link Layout#span|span} measures 8-bit units.
	*
	* @param {BitStructure} container - initializer for {@link
	* BitField#container|container}.
	*
	* @param {Number} bits - initializer for {@link BitField#bits|bits}.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*/
	var BitField = class {
		constructor(container, bits, property) {
			if (!(container instanceof BitStructure)) throw new TypeError("container must be a BitStructure");
			if (!Number.isInteger(bits) || 0 >= bits) throw new TypeError("bits must be positive integer");
			const totalBits = 8 * container.span;
			const usedBits = container.fields.reduce((sum, fd) => sum + fd.bits, 0);
			if (bits + usedBits > totalBits) throw new Error("bits too long for span remainder (" + (totalBits - usedBits) + " of " + totalBits + " remain)");
			/** The {@link BitStructure} instance to which this bit field
			* belongs. */
			this.container = container;
			/** The span of this value in bits. */
			this.bits = bits;
			/** A mask of {@link BitField#bits|bits} bits isolating value bits
			* that fit within the field.
			*
			* That is, it masks a value that has not yet been shifted into
			* position within its containing packed integer. */
			this.valueMask = (1 << bits) - 1;
			if (32 === bits) this.valueMask = 4294967295;
			/** The offset of the value within the containing packed unsigned
			* integer.  The least significant bit of the packed value is at
			* offset zero, regardless of bit ordering used. */
			this.start = usedBits;
			if (this.container.msb) this.start = totalBits - usedBits - bits;
			/** A mask of {@link BitField#bits|bits} isolating the field value
			* within the containing packed unsigned integer. */
			this.wordMask = fixBitwiseResult(this.valueMask << this.start);
			/** The property name used when this bitfield is represented in an
			* Object.
			*
			* Intended to be functionally equivalent to {@link
			* Layout#property}.
			*
			* If left undefined the corresponding span of bits will be
			* treated as padding: it will not be mutated by {@link
			* Layout#encode|encode} nor represented as a property in the
			* decoded Object. */
			this.property = property;
		}
		/** Store a value into the corresponding subsequence of the containing
		* bit field. */
		decode(b, offset) {
			return fixBitwiseResult(this.container._packedGetValue() & this.wordMask) >>> this.start;
		}
		/** Store a value into the corresponding subsequence of the containing
		* bit field.
		*
		* **NOTE** This is not a specialization of {@link
		* Layout#encode|Layout.encode} and there is no return value. */
		encode(value) {
			if ("number" !== typeof value || !Number.isInteger(value) || value !== fixBitwiseResult(value & this.valueMask)) throw new TypeError(nameWithProperty("BitField.encode", this) + " value must be integer not exceeding " + this.valueMask);
			const word = this.container._packedGetValue();
			const wordValue = fixBitwiseResult(value << this.start);
			this.container._packedSetValue(fixBitwiseResult(word & ~this.wordMask) | wordValue);
		}
	};
	exports.BitField = BitField;
	/**
	* Represent a single bit within a {@link BitStructure} as a
	* JavaScript boolean.
	*
	* **NOTE** User code should not invoke this constructor directly.
	* Use the container {@link BitStructure#addBoolean|addBoolean} helper
	* method.
	*
	* @param {BitStructure} container - initializer for {@link
	* BitField#container|container}.
	*
	* @param {string} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {BitField}
	*/
	var Boolean = class extends BitField {
		constructor(container, property) {
			super(container, 1, property);
		}
		/** Override {@link BitField#decode|decode} for {@link Boolean|Boolean}.
		*
		* @returns {boolean} */
		decode(b, offset) {
			return !!super.decode(b, offset);
		}
		/** @override */
		encode(value) {
			if ("boolean" === typeof value) value = +value;
			super.encode(value);
		}
	};
	exports.Boolean = Boolean;
	/**
	* Contain a fixed-length block of arbitrary data, represented as a
	* Uint8Array.
	*
	* *Factory*: {@link module:Layout.blob|blob}
	*
	* @param {(Number|ExternalLayout)} length - initializes {@link
	* Blob#length|length}.
	*
	* @param {String} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var Blob = class extends Layout {
		constructor(length, property) {
			if (!(length instanceof ExternalLayout && length.isCount() || Number.isInteger(length) && 0 <= length)) throw new TypeError("length must be positive integer or an unsigned integer ExternalLayout");
			let span = -1;
			if (!(length instanceof ExternalLayout)) span = length;
			super(span, property);
			/** The number of bytes in the blob.
			*
			* This may be a non-negative integer, or an instance of {@link
			* ExternalLayout} that satisfies {@link
			* ExternalLayout#isCount|isCount()}. */
			this.length = length;
		}
		/** @override */
		getSpan(b, offset) {
			let span = this.span;
			if (0 > span) span = this.length.decode(b, offset);
			return span;
		}
		/** @override */
		decode(b, offset = 0) {
			let span = this.span;
			if (0 > span) span = this.length.decode(b, offset);
			return uint8ArrayToBuffer(b).slice(offset, offset + span);
		}
		/** Implement {@link Layout#encode|encode} for {@link Blob}.
		*
		* **NOTE** If {@link Layout#count|count} is an instance of {@link
		* ExternalLayout} then the length of `src` will be encoded as the
		* count after `src` is encoded. */
		encode(src, b, offset) {
			let span = this.length;
			if (this.length instanceof ExternalLayout) span = src.length;
			if (!(src instanceof Uint8Array && span === src.length)) throw new TypeError(nameWithProperty("Blob.encode", this) + " requires (length " + span + ") Uint8Array as src");
			if (offset + span > b.length) throw new RangeError("encoding overruns Uint8Array");
			const srcBuffer = uint8ArrayToBuffer(src);
			uint8ArrayToBuffer(b).write(srcBuffer.toString("hex"), offset, span, "hex");
			if (this.length instanceof ExternalLayout) this.length.encode(span, b, offset);
			return span;
		}
	};
	exports.Blob = Blob;
	/**
	* Contain a `NUL`-terminated UTF8 string.
	*
	* *Factory*: {@link module:Layout.cstr|cstr}
	*
	* **NOTE** Any UTF8 string that incorporates a zero-valued byte will
	* not be correctly decoded by this layout.
	*
	* @param {String} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var CString = class extends Layout {
		constructor(property) {
			super(-1, property);
		}
		/** @override */
		getSpan(b, offset = 0) {
			checkUint8Array(b);
			let idx = offset;
			while (idx < b.length && 0 !== b[idx]) idx += 1;
			return 1 + idx - offset;
		}
		/** @override */
		decode(b, offset = 0) {
			const span = this.getSpan(b, offset);
			return uint8ArrayToBuffer(b).slice(offset, offset + span - 1).toString("utf-8");
		}
		/** @override */
		encode(src, b, offset = 0) {
			if ("string" !== typeof src) src = String(src);
			const srcb = buffer_1.Buffer.from(src, "utf8");
			const span = srcb.length;
			if (offset + span > b.length) throw new RangeError("encoding overruns Buffer");
			const buffer = uint8ArrayToBuffer(b);
			srcb.copy(buffer, offset);
			buffer[offset + span] = 0;
			return span + 1;
		}
	};
	exports.CString = CString;
	/**
	* Contain a UTF8 string with implicit length.
	*
	* *Factory*: {@link module:Layout.utf8|utf8}
	*
	* **NOTE** Because the length is implicit in the size of the buffer
	* this layout should be used only in isolation, or in a situation
	* where the length can be expressed by operating on a slice of the
	* containing buffer.
	*
	* @param {Number} [maxSpan] - the maximum length allowed for encoded
	* string content.  If not provided there is no bound on the allowed
	* content.
	*
	* @param {String} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var UTF8 = class extends Layout {
		constructor(maxSpan, property) {
			if ("string" === typeof maxSpan && void 0 === property) {
				property = maxSpan;
				maxSpan = void 0;
			}
			if (void 0 === maxSpan) maxSpan = -1;
			else if (!Number.isInteger(maxSpan)) throw new TypeError("maxSpan must be an integer");
			super(-1, property);
			/** The maximum span of the layout in bytes.
			*
			* Positive values are generally expected.  Zero is abnormal.
			* Attempts to encode or decode a value that exceeds this length
			* will throw a `RangeError`.
			*
			* A negative value indicates that there is no bound on the length
			* of the content. */
			this.maxSpan = maxSpan;
		}
		/** @override */
		getSpan(b, offset = 0) {
			checkUint8Array(b);
			return b.length - offset;
		}
		/** @override */
		decode(b, offset = 0) {
			const span = this.getSpan(b, offset);
			if (0 <= this.maxSpan && this.maxSpan < span) throw new RangeError("text length exceeds maxSpan");
			return uint8ArrayToBuffer(b).slice(offset, offset + span).toString("utf-8");
		}
		/** @override */
		encode(src, b, offset = 0) {
			if ("string" !== typeof src) src = String(src);
			const srcb = buffer_1.Buffer.from(src, "utf8");
			const span = srcb.length;
			if (0 <= this.maxSpan && this.maxSpan < span) throw new RangeError("text length exceeds maxSpan");
			if (offset + span > b.length) throw new RangeError("encoding overruns Buffer");
			srcb.copy(uint8ArrayToBuffer(b), offset);
			return span;
		}
	};
	exports.UTF8 = UTF8;
	/**
	* Contain a constant value.
	*
	* This layout may be used in cases where a JavaScript value can be
	* inferred without an expression in the binary encoding.  An example
	* would be a {@link VariantLayout|variant layout} where the content
	* is implied by the union {@link Union#discriminator|discriminator}.
	*
	* @param {Object|Number|String} value - initializer for {@link
	* Constant#value|value}.  If the value is an object (or array) and
	* the application intends the object to remain unchanged regardless
	* of what is done to values decoded by this layout, the value should
	* be frozen prior passing it to this constructor.
	*
	* @param {String} [property] - initializer for {@link
	* Layout#property|property}.
	*
	* @augments {Layout}
	*/
	var Constant = class extends Layout {
		constructor(value, property) {
			super(0, property);
			/** The value produced by this constant when the layout is {@link
			* Constant#decode|decoded}.
			*
			* Any JavaScript value including `null` and `undefined` is
			* permitted.
			*
			* **WARNING** If `value` passed in the constructor was not
			* frozen, it is possible for users of decoded values to change
			* the content of the value. */
			this.value = value;
		}
		/** @override */
		decode(b, offset) {
			return this.value;
		}
		/** @override */
		encode(src, b, offset) {
			return 0;
		}
	};
	exports.Constant = Constant;
	/** Factory for {@link GreedyCount}. */
	exports.greedy = ((elementSpan, property) => new GreedyCount(elementSpan, property));
	/** Factory for {@link OffsetLayout}. */
	exports.offset = ((layout, offset, property) => new OffsetLayout(layout, offset, property));
	/** Factory for {@link UInt|unsigned int layouts} spanning one
	* byte. */
	exports.u8 = ((property) => new UInt(1, property));
	/** Factory for {@link UInt|little-endian unsigned int layouts}
	* spanning two bytes. */
	exports.u16 = ((property) => new UInt(2, property));
	/** Factory for {@link UInt|little-endian unsigned int layouts}
	* spanning three bytes. */
	exports.u24 = ((property) => new UInt(3, property));
	/** Factory for {@link UInt|little-endian unsigned int layouts}
	* spanning four bytes. */
	exports.u32 = ((property) => new UInt(4, property));
	/** Factory for {@link UInt|little-endian unsigned int layouts}
	* spanning five bytes. */
	exports.u40 = ((property) => new UInt(5, property));
	/** Factory for {@link UInt|little-endian unsigned int layouts}
	* spanning six bytes. */
	exports.u48 = ((property) => new UInt(6, property));
	/** Factory for {@link NearUInt64|little-endian unsigned int
	* layouts} interpreted as Numbers. */
	exports.nu64 = ((property) => new NearUInt64(property));
	/** Factory for {@link UInt|big-endian unsigned int layouts}
	* spanning two bytes. */
	exports.u16be = ((property) => new UIntBE(2, property));
	/** Factory for {@link UInt|big-endian unsigned int layouts}
	* spanning three bytes. */
	exports.u24be = ((property) => new UIntBE(3, property));
	/** Factory for {@link UInt|big-endian unsigned int layouts}
	* spanning four bytes. */
	exports.u32be = ((property) => new UIntBE(4, property));
	/** Factory for {@link UInt|big-endian unsigned int layouts}
	* spanning five bytes. */
	exports.u40be = ((property) => new UIntBE(5, property));
	/** Factory for {@link UInt|big-endian unsigned int layouts}
	* spanning six bytes. */
	exports.u48be = ((property) => new UIntBE(6, property));
	/** Factory for {@link NearUInt64BE|big-endian unsigned int
	* layouts} interpreted as Numbers. */
	exports.nu64be = ((property) => new NearUInt64BE(property));
	/** Factory for {@link Int|signed int layouts} spanning one
	* byte. */
	exports.s8 = ((property) => new Int(1, property));
	/** Factory for {@link Int|little-endian signed int layouts}
	* spanning two bytes. */
	exports.s16 = ((property) => new Int(2, property));
	/** Factory for {@link Int|little-endian signed int layouts}
	* spanning three bytes. */
	exports.s24 = ((property) => new Int(3, property));
	/** Factory for {@link Int|little-endian signed int layouts}
	* spanning four bytes. */
	exports.s32 = ((property) => new Int(4, property));
	/** Factory for {@link Int|little-endian signed int layouts}
	* spanning five bytes. */
	exports.s40 = ((property) => new Int(5, property));
	/** Factory for {@link Int|little-endian signed int layouts}
	* spanning six bytes. */
	exports.s48 = ((property) => new Int(6, property));
	/** Factory for {@link NearInt64|little-endian signed int layouts}
	* interpreted as Numbers. */
	exports.ns64 = ((property) => new NearInt64(property));
	/** Factory for {@link Int|big-endian signed int layouts}
	* spanning two bytes. */
	exports.s16be = ((property) => new IntBE(2, property));
	/** Factory for {@link Int|big-endian signed int layouts}
	* spanning three bytes. */
	exports.s24be = ((property) => new IntBE(3, property));
	/** Factory for {@link Int|big-endian signed int layouts}
	* spanning four bytes. */
	exports.s32be = ((property) => new IntBE(4, property));
	/** Factory for {@link Int|big-endian signed int layouts}
	* spanning five bytes. */
	exports.s40be = ((property) => new IntBE(5, property));
	/** Factory for {@link Int|big-endian signed int layouts}
	* spanning six bytes. */
	exports.s48be = ((property) => new IntBE(6, property));
	/** Factory for {@link NearInt64BE|big-endian signed int layouts}
	* interpreted as Numbers. */
	exports.ns64be = ((property) => new NearInt64BE(property));
	/** Factory for {@link Float|little-endian 32-bit floating point} values. */
	exports.f32 = ((property) => new Float(property));
	/** Factory for {@link FloatBE|big-endian 32-bit floating point} values. */
	exports.f32be = ((property) => new FloatBE(property));
	/** Factory for {@link Double|little-endian 64-bit floating point} values. */
	exports.f64 = ((property) => new Double(property));
	/** Factory for {@link DoubleBE|big-endian 64-bit floating point} values. */
	exports.f64be = ((property) => new DoubleBE(property));
	/** Factory for {@link Structure} values. */
	exports.struct = ((fields, property, decodePrefixes) => new Structure(fields, property, decodePrefixes));
	/** Factory for {@link BitStructure} values. */
	exports.bits = ((word, msb, property) => new BitStructure(word, msb, property));
	/** Factory for {@link Sequence} values. */
	exports.seq = ((elementLayout, count, property) => new Sequence(elementLayout, count, property));
	/** Factory for {@link Union} values. */
	exports.union = ((discr, defaultLayout, property) => new Union(discr, defaultLayout, property));
	/** Factory for {@link UnionLayoutDiscriminator} values. */
	exports.unionLayoutDiscriminator = ((layout, property) => new UnionLayoutDiscriminator(layout, property));
	/** Factory for {@link Blob} values. */
	exports.blob = ((length, property) => new Blob(length, property));
	/** Factory for {@link CString} values. */
	exports.cstr = ((property) => new CString(property));
	/** Factory for {@link UTF8} values. */
	exports.utf8 = ((maxSpan, property) => new UTF8(maxSpan, property));
	/** Factory for {@link Constant} values. */
	exports.constant = ((value, property) => new Constant(value, property));
}));
// node_modules/@solana/errors/dist/index.browser.mjs
function encodeValue(value) {
	if (Array.isArray(value)) return "%5B" + value.map(encodeValue).join("%2C%20") + "%5D";
	else if (typeof value === "bigint") return `${value}n`;
	else return encodeURIComponent(String(value != null && Object.getPrototypeOf(value) === null ? { ...value } : value));
}
function encodeObjectContextEntry([key, value]) {
	return `${key}=${encodeValue(value)}`;
}
function encodeContextObject(context) {
	const searchParamsString = Object.entries(context).map(encodeObjectContextEntry).join("&");
	return btoa(searchParamsString);
}
function getErrorMessage(code, context = {}) {
	{
		let decodingAdviceMessage = `Solana error #${code}; Decode this error by running \`npx @solana/errors decode -- ${code}`;
		if (Object.keys(context).length) decodingAdviceMessage += ` '${encodeContextObject(context)}'`;
		return `${decodingAdviceMessage}\``;
	}
}
var SOLANA_ERROR__CODECS__CANNOT_DECODE_EMPTY_BYTE_ARRAY, SOLANA_ERROR__CODECS__INVALID_BYTE_LENGTH, SOLANA_ERROR__CODECS__ENCODER_DECODER_SIZE_COMPATIBILITY_MISMATCH, SOLANA_ERROR__CODECS__ENCODER_DECODER_FIXED_SIZE_MISMATCH, SOLANA_ERROR__CODECS__ENCODER_DECODER_MAX_SIZE_MISMATCH, SOLANA_ERROR__CODECS__NUMBER_OUT_OF_RANGE, SolanaError;
var init_index_browser$3 = __esmMin((() => {
	SOLANA_ERROR__CODECS__CANNOT_DECODE_EMPTY_BYTE_ARRAY = 8078e3;
	SOLANA_ERROR__CODECS__INVALID_BYTE_LENGTH = 8078001;
	SOLANA_ERROR__CODECS__ENCODER_DECODER_SIZE_COMPATIBILITY_MISMATCH = 8078004;
	SOLANA_ERROR__CODECS__ENCODER_DECODER_FIXED_SIZE_MISMATCH = 8078005;
	SOLANA_ERROR__CODECS__ENCODER_DECODER_MAX_SIZE_MISMATCH = 8078006;
	SOLANA_ERROR__CODECS__NUMBER_OUT_OF_RANGE = 8078011;
	SolanaError = class extends Error {
		/**
		* Indicates the root cause of this {@link SolanaError}, if any.
		*
		* For example, a transaction error might have an instruction error as its root cause. In this
		* case, you will be able to access the instruction error on the transaction error as `cause`.
		*/
		cause = this.cause;
		/**
		* Contains context that can assist in understanding or recovering from a {@link SolanaError}.
		*/
		context;
		constructor(...[code, contextAndErrorOptions]) {
			let context;
			let errorOptions;
			if (contextAndErrorOptions) Object.entries(Object.getOwnPropertyDescriptors(contextAndErrorOptions)).forEach(([name, descriptor]) => {
				if (name === "cause") errorOptions = { cause: descriptor.value };
				else {
					if (context === void 0) context = { __code: code };
					Object.defineProperty(context, name, descriptor);
				}
			});
			const message = getErrorMessage(code, context);
			super(message, errorOptions);
			this.context = Object.freeze(context === void 0 ? { __code: code } : context);
			this.name = "SolanaError";
		}
	};
}));
// node_modules/@solana/codecs-core/dist/index.browser.mjs
function getEncodedSize(value, encoder) {
	return "fixedSize" in encoder ? encoder.fixedSize : encoder.getSizeFromValue(value);
}
function createEncoder(encoder) {
	return Object.freeze({
		...encoder,
		encode: (value) => {
			const bytes = new Uint8Array(getEncodedSize(value, encoder));
			encoder.write(value, bytes, 0);
			return bytes;
		}
	});
}
function createDecoder(decoder) {
	return Object.freeze({
		...decoder,
		decode: (bytes, offset = 0) => decoder.read(bytes, offset)[0]
	});
}
function isFixedSize(codec) {
	return "fixedSize" in codec && typeof codec.fixedSize === "number";
}
function combineCodec(encoder, decoder) {
	if (isFixedSize(encoder) !== isFixedSize(decoder)) throw new SolanaError(SOLANA_ERROR__CODECS__ENCODER_DECODER_SIZE_COMPATIBILITY_MISMATCH);
	if (isFixedSize(encoder) && isFixedSize(decoder) && encoder.fixedSize !== decoder.fixedSize) throw new SolanaError(SOLANA_ERROR__CODECS__ENCODER_DECODER_FIXED_SIZE_MISMATCH, {
		decoderFixedSize: decoder.fixedSize,
		encoderFixedSize: encoder.fixedSize
	});
	if (!isFixedSize(encoder) && !isFixedSize(decoder) && encoder.maxSize !== decoder.maxSize) throw new SolanaError(SOLANA_ERROR__CODECS__ENCODER_DECODER_MAX_SIZE_MISMATCH, {
		decoderMaxSize: decoder.maxSize,
		encoderMaxSize: encoder.maxSize
	});
	return {
		...decoder,
		...encoder,
		decode: decoder.decode,
		encode: encoder.encode,
		read: decoder.read,
		write: encoder.write
	};
}
function assertByteArrayIsNotEmptyForCodec(codecDescription, bytes, offset = 0) {
	if (bytes.length - offset <= 0) throw new SolanaError(SOLANA_ERROR__CODECS__CANNOT_DECODE_EMPTY_BYTE_ARRAY, { codecDescription });
}
function assertByteArrayHasEnoughBytesForCodec(codecDescription, expected, bytes, offset = 0) {
	const bytesLength = bytes.length - offset;
	if (bytesLength < expected) throw new SolanaError(SOLANA_ERROR__CODECS__INVALID_BYTE_LENGTH, {
		bytesLength,
		codecDescription,
		expected
	});
}
function toArrayBuffer(bytes, offset, length) {
	const bytesOffset = bytes.byteOffset + (offset ?? 0);
	const bytesLength = length ?? bytes.byteLength;
	let buffer;
	if (typeof SharedArrayBuffer === "undefined") buffer = bytes.buffer;
	else if (bytes.buffer instanceof SharedArrayBuffer) {
		buffer = new ArrayBuffer(bytes.length);
		new Uint8Array(buffer).set(new Uint8Array(bytes));
	} else buffer = bytes.buffer;
	return (bytesOffset === 0 || bytesOffset === -bytes.byteLength) && bytesLength === bytes.byteLength ? buffer : buffer.slice(bytesOffset, bytesOffset + bytesLength);
}
var init_index_browser$2 = __esmMin((() => {
	init_index_browser$3();
}));
// node_modules/@solana/codecs-numbers/dist/index.browser.mjs
function assertNumberIsBetweenForCodec(codecDescription, min, max, value) {
	if (value < min || value > max) throw new SolanaError(SOLANA_ERROR__CODECS__NUMBER_OUT_OF_RANGE, {
		codecDescription,
		max,
		min,
		value
	});
}
function isLittleEndian(config) {
	return config?.endian === 1 ? false : true;
}
function numberEncoderFactory(input) {
	return createEncoder({
		fixedSize: input.size,
		write(value, bytes, offset) {
			if (input.range) assertNumberIsBetweenForCodec(input.name, input.range[0], input.range[1], value);
			const arrayBuffer = new ArrayBuffer(input.size);
			input.set(new DataView(arrayBuffer), value, isLittleEndian(input.config));
			bytes.set(new Uint8Array(arrayBuffer), offset);
			return offset + input.size;
		}
	});
}
function numberDecoderFactory(input) {
	return createDecoder({
		fixedSize: input.size,
		read(bytes, offset = 0) {
			assertByteArrayIsNotEmptyForCodec(input.name, bytes, offset);
			assertByteArrayHasEnoughBytesForCodec(input.name, input.size, bytes, offset);
			const view = new DataView(toArrayBuffer(bytes, offset, input.size));
			return [input.get(view, isLittleEndian(input.config)), offset + input.size];
		}
	});
}
var getU64Encoder, getU64Decoder, getU64Codec;
var init_index_browser$1 = __esmMin((() => {
	init_index_browser$3();
	init_index_browser$2();
	getU64Encoder = (config = {}) => numberEncoderFactory({
		config,
		name: "u64",
		range: [0n, BigInt("0xffffffffffffffff")],
		set: (view, value, le) => view.setBigUint64(0, BigInt(value), le),
		size: 8
	});
	getU64Decoder = (config = {}) => numberDecoderFactory({
		config,
		get: (view, le) => view.getBigUint64(0, le),
		name: "u64",
		size: 8
	});
	getU64Codec = (config = {}) => combineCodec(getU64Encoder(config), getU64Decoder(config));
}));
// node_modules/superstruct/dist/index.mjs
/**
* Check if a value is an iterator.
*/
function isIterable(x) {
	return isObject(x) && typeof x[Symbol.iterator] === "function";
}
/**
* Check if a value is a plain object.
*/
function isObject(x) {
	return typeof x === "object" && x != null;
}
/**
* Check if a value is a non-array object.
*/
function isNonArrayObject(x) {
	return isObject(x) && !Array.isArray(x);
}
/**
* Return a value as a printable string.
*/
function print(value) {
	if (typeof value === "symbol") return value.toString();
	return typeof value === "string" ? JSON.stringify(value) : `${value}`;
}
/**
* Shifts (removes and returns) the first value from the `input` iterator.
* Like `Array.prototype.shift()` but for an `Iterator`.
*/
function shiftIterator(input) {
	const { done, value } = input.next();
	return done ? void 0 : value;
}
/**
* Convert a single validation result to a failure.
*/
function toFailure(result, context, struct, value) {
	if (result === true) return;
	else if (result === false) result = {};
	else if (typeof result === "string") result = { message: result };
	const { path, branch } = context;
	const { type } = struct;
	const { refinement, message = `Expected a value of type \`${type}\`${refinement ? ` with refinement \`${refinement}\`` : ""}, but received: \`${print(value)}\`` } = result;
	return {
		value,
		type,
		refinement,
		key: path[path.length - 1],
		path,
		branch,
		...result,
		message
	};
}
/**
* Convert a validation result to an iterable of failures.
*/
function* toFailures(result, context, struct, value) {
	if (!isIterable(result)) result = [result];
	for (const r of result) {
		const failure = toFailure(r, context, struct, value);
		if (failure) yield failure;
	}
}
/**
* Check a value against a struct, traversing deeply into nested values, and
* returning an iterator of failures or success.
*/
function* run(value, struct, options = {}) {
	const { path = [], branch = [value], coerce = false, mask = false } = options;
	const ctx = {
		path,
		branch,
		mask
	};
	if (coerce) value = struct.coercer(value, ctx);
	let status = "valid";
	for (const failure of struct.validator(value, ctx)) {
		failure.explanation = options.message;
		status = "not_valid";
		yield [failure, void 0];
	}
	for (let [k, v, s] of struct.entries(value, ctx)) {
		const ts = run(v, s, {
			path: k === void 0 ? path : [...path, k],
			branch: k === void 0 ? branch : [...branch, v],
			coerce,
			mask,
			message: options.message
		});
		for (const t of ts) if (t[0]) {
			status = t[0].refinement != null ? "not_refined" : "not_valid";
			yield [t[0], void 0];
		} else if (coerce) {
			v = t[1];
			if (k === void 0) value = v;
			else if (value instanceof Map) value.set(k, v);
			else if (value instanceof Set) value.add(v);
			else if (isObject(value)) {
				if (v !== void 0 || k in value) value[k] = v;
			}
		}
	}
	if (status !== "not_valid") for (const failure of struct.refiner(value, ctx)) {
		failure.explanation = options.message;
		status = "not_refined";
		yield [failure, void 0];
	}
	if (status === "valid") yield [void 0, value];
}
/**
* Assert that a value passes a struct, throwing if it doesn't.
*/
function assert$1(value, struct, message) {
	const result = validate$1(value, struct, { message });
	if (result[0]) throw result[0];
}
/**
* Create a value with the coercion logic of struct and validate it.
*/
function create(value, struct, message) {
	const result = validate$1(value, struct, {
		coerce: true,
		message
	});
	if (result[0]) throw result[0];
	else return result[1];
}
/**
* Mask a value, returning only the subset of properties defined by a struct.
*/
function mask(value, struct, message) {
	const result = validate$1(value, struct, {
		coerce: true,
		mask: true,
		message
	});
	if (result[0]) throw result[0];
	else return result[1];
}
/**
* Check if a value passes a struct.
*/
function is(value, struct) {
	return !validate$1(value, struct)[0];
}
/**
* Validate a value against a struct, returning an error if invalid, or the
* value (with potential coercion) if valid.
*/
function validate$1(value, struct, options = {}) {
	const tuples = run(value, struct, options);
	const tuple = shiftIterator(tuples);
	if (tuple[0]) return [new StructError(tuple[0], function* () {
		for (const t of tuples) if (t[0]) yield t[0];
	}), void 0];
	else return [void 0, tuple[1]];
}
/**
* Define a new struct type with a custom validation function.
*/
function define(name, validator) {
	return new Struct$1({
		type: name,
		schema: null,
		validator
	});
}
/**
* Ensure that any value passes validation.
*/
function any() {
	return define("any", () => true);
}
function array(Element) {
	return new Struct$1({
		type: "array",
		schema: Element,
		*entries(value) {
			if (Element && Array.isArray(value)) for (const [i, v] of value.entries()) yield [
				i,
				v,
				Element
			];
		},
		coercer(value) {
			return Array.isArray(value) ? value.slice() : value;
		},
		validator(value) {
			return Array.isArray(value) || `Expected an array value, but received: ${print(value)}`;
		}
	});
}
/**
* Ensure that a value is a boolean.
*/
function boolean() {
	return define("boolean", (value) => {
		return typeof value === "boolean";
	});
}
/**
* Ensure that a value is an instance of a specific class.
*/
function instance(Class) {
	return define("instance", (value) => {
		return value instanceof Class || `Expected a \`${Class.name}\` instance, but received: ${print(value)}`;
	});
}
function literal(constant) {
	const description = print(constant);
	const t = typeof constant;
	return new Struct$1({
		type: "literal",
		schema: t === "string" || t === "number" || t === "boolean" ? constant : null,
		validator(value) {
			return value === constant || `Expected the literal \`${description}\`, but received: ${print(value)}`;
		}
	});
}
/**
* Ensure that no value ever passes validation.
*/
function never() {
	return define("never", () => false);
}
/**
* Augment an existing struct to allow `null` values.
*/
function nullable(struct) {
	return new Struct$1({
		...struct,
		validator: (value, ctx) => value === null || struct.validator(value, ctx),
		refiner: (value, ctx) => value === null || struct.refiner(value, ctx)
	});
}
/**
* Ensure that a value is a number.
*/
function number() {
	return define("number", (value) => {
		return typeof value === "number" && !isNaN(value) || `Expected a number, but received: ${print(value)}`;
	});
}
/**
* Augment a struct to allow `undefined` values.
*/
function optional(struct) {
	return new Struct$1({
		...struct,
		validator: (value, ctx) => value === void 0 || struct.validator(value, ctx),
		refiner: (value, ctx) => value === void 0 || struct.refiner(value, ctx)
	});
}
/**
* Ensure that a value is an object with keys and values of specific types, but
* without ensuring any specific shape of properties.
*
* Like TypeScript's `Record` utility.
*/
function record(Key, Value) {
	return new Struct$1({
		type: "record",
		schema: null,
		*entries(value) {
			if (isObject(value)) for (const k in value) {
				const v = value[k];
				yield [
					k,
					k,
					Key
				];
				yield [
					k,
					v,
					Value
				];
			}
		},
		validator(value) {
			return isNonArrayObject(value) || `Expected an object, but received: ${print(value)}`;
		},
		coercer(value) {
			return isNonArrayObject(value) ? { ...value } : value;
		}
	});
}
/**
* Ensure that a value is a string.
*/
function string() {
	return define("string", (value) => {
		return typeof value === "string" || `Expected a string, but received: ${print(value)}`;
	});
}
/**
* Ensure that a value is a tuple of a specific length, and that each of its
* elements is of a specific type.
*/
function tuple(Structs) {
	const Never = never();
	return new Struct$1({
		type: "tuple",
		schema: null,
		*entries(value) {
			if (Array.isArray(value)) {
				const length = Math.max(Structs.length, value.length);
				for (let i = 0; i < length; i++) yield [
					i,
					value[i],
					Structs[i] || Never
				];
			}
		},
		validator(value) {
			return Array.isArray(value) || `Expected an array, but received: ${print(value)}`;
		},
		coercer(value) {
			return Array.isArray(value) ? value.slice() : value;
		}
	});
}
/**
* Ensure that a value has a set of known properties of specific types.
*
* Note: Unrecognized properties are allowed and untouched. This is similar to
* how TypeScript's structural typing works.
*/
function type(schema) {
	const keys = Object.keys(schema);
	return new Struct$1({
		type: "type",
		schema,
		*entries(value) {
			if (isObject(value)) for (const k of keys) yield [
				k,
				value[k],
				schema[k]
			];
		},
		validator(value) {
			return isNonArrayObject(value) || `Expected an object, but received: ${print(value)}`;
		},
		coercer(value) {
			return isNonArrayObject(value) ? { ...value } : value;
		}
	});
}
/**
* Ensure that a value matches one of a set of types.
*/
function union(Structs) {
	const description = Structs.map((s) => s.type).join(" | ");
	return new Struct$1({
		type: "union",
		schema: null,
		coercer(value, ctx) {
			for (const S of Structs) {
				const [error, coerced] = S.validate(value, {
					coerce: true,
					mask: ctx.mask
				});
				if (!error) return coerced;
			}
			return value;
		},
		validator(value, ctx) {
			const failures = [];
			for (const S of Structs) {
				const [...tuples] = run(value, S, ctx);
				const [first] = tuples;
				if (!first[0]) return [];
				else for (const [failure] of tuples) if (failure) failures.push(failure);
			}
			return [`Expected the value to satisfy a union of \`${description}\`, but received: ${print(value)}`, ...failures];
		}
	});
}
/**
* Ensure that any value passes validation, without widening its type to `any`.
*/
function unknown() {
	return define("unknown", () => true);
}
/**
* Augment a `Struct` to add an additional coercion step to its input.
*
* This allows you to transform input data before validating it, to increase the
* likelihood that it passes validation—for example for default values, parsing
* different formats, etc.
*
* Note: You must use `create(value, Struct)` on the value to have the coercion
* take effect! Using simply `assert()` or `is()` will not use coercion.
*/
function coerce(struct, condition, coercer) {
	return new Struct$1({
		...struct,
		coercer: (value, ctx) => {
			return is(value, condition) ? struct.coercer(coercer(value, ctx), ctx) : struct.coercer(value, ctx);
		}
	});
}
var StructError, Struct$1;
var init_dist$1 = __esmMin((() => {
	StructError = class extends TypeError {
		constructor(failure, failures) {
			let cached;
			const { message, explanation, ...rest } = failure;
			const { path } = failure;
			const msg = path.length === 0 ? message : `At path: ${path.join(".")} -- ${message}`;
			super(explanation ?? msg);
			if (explanation != null) this.cause = msg;
			Object.assign(this, rest);
			this.name = this.constructor.name;
			this.failures = () => {
				return cached ?? (cached = [failure, ...failures()]);
			};
		}
	};
	Struct$1 = class {
		constructor(props) {
			const { type, schema, validator, refiner, coercer = (value) => value, entries = function* () {} } = props;
			this.type = type;
			this.schema = schema;
			this.entries = entries;
			this.coercer = coercer;
			if (validator) this.validator = (value, context) => {
				return toFailures(validator(value, context), context, this, value);
			};
			else this.validator = () => [];
			if (refiner) this.refiner = (value, context) => {
				return toFailures(refiner(value, context), context, this, value);
			};
			else this.refiner = () => [];
		}
		/**
		* Assert that a value passes the struct's validation, throwing if it doesn't.
		*/
		assert(value, message) {
			return assert$1(value, this, message);
		}
		/**
		* Create a value with the struct's coercion logic, then validate it.
		*/
		create(value, message) {
			return create(value, this, message);
		}
		/**
		* Check if a value passes the struct's validation.
		*/
		is(value) {
			return is(value, this);
		}
		/**
		* Mask a value, coercing and validating it, but returning only the subset of
		* properties defined by the struct's schema. Masking applies recursively to
		* props of `object` structs only.
		*/
		mask(value, message) {
			return mask(value, this, message);
		}
		/**
		* Validate a value with the struct's validation logic, returning a tuple
		* representing the result.
		*
		* You may optionally pass `true` for the `coerce` argument to coerce
		* the value before attempting to validate it. If you do, the result will
		* contain the coerced result when successful. Also, `mask` will turn on
		* masking of the unknown `object` props recursively if passed.
		*/
		validate(value, options = {}) {
			return validate$1(value, this, options);
		}
	};
}));
// node_modules/uuid/dist/esm-browser/rng.js
function rng() {
	if (!getRandomValues) {
		getRandomValues = typeof crypto !== "undefined" && crypto.getRandomValues && crypto.getRandomValues.bind(crypto) || typeof msCrypto !== "undefined" && typeof msCrypto.getRandomValues === "function" && msCrypto.getRandomValues.bind(msCrypto);
		if (!getRandomValues) throw new Error("crypto.getRandomValues() not supported. See https://github.com/uuidjs/uuid#getrandomvalues-not-supported");
	}
	return getRandomValues(rnds8);
}
var getRandomValues, rnds8;
var init_rng = __esmMin((() => {
	rnds8 = /* @__PURE__ */ new Uint8Array(16);
}));
// node_modules/uuid/dist/esm-browser/regex.js
var regex_default;
var init_regex = __esmMin((() => {
	regex_default = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i;
}));
// node_modules/uuid/dist/esm-browser/validate.js
function validate(uuid) {
	return typeof uuid === "string" && regex_default.test(uuid);
}
var init_validate = __esmMin((() => {
	init_regex();
}));
// node_modules/uuid/dist/esm-browser/stringify.js
function stringify(arr) {
	var offset = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : 0;
	var uuid = (byteToHex[arr[offset + 0]] + byteToHex[arr[offset + 1]] + byteToHex[arr[offset + 2]] + byteToHex[arr[offset + 3]] + "-" + byteToHex[arr[offset + 4]] + byteToHex[arr[offset + 5]] + "-" + byteToHex[arr[offset + 6]] + byteToHex[arr[offset + 7]] + "-" + byteToHex[arr[offset + 8]] + byteToHex[arr[offset + 9]] + "-" + byteToHex[arr[offset + 10]] + byteToHex[arr[offset + 11]] + byteToHex[arr[offset + 12]] + byteToHex[arr[offset + 13]] + byteToHex[arr[offset + 14]] + byteToHex[arr[offset + 15]]).toLowerCase();
	if (!validate(uuid)) throw TypeError("Stringified UUID is invalid");
	return uuid;
}
var byteToHex, i;
var init_stringify = __esmMin((() => {
	init_validate();
	byteToHex = [];
	for (i = 0; i < 256; ++i) byteToHex.push((i + 256).toString(16).substr(1));
}));
// node_modules/uuid/dist/esm-browser/v1.js
function v1(options, buf, offset) {
	var i = buf && offset || 0;
	var b = buf || new Array(16);
	options = options || {};
	var node = options.node || _nodeId;
	var clockseq = options.clockseq !== void 0 ? options.clockseq : _clockseq;
	if (node == null || clockseq == null) {
		var seedBytes = options.random || (options.rng || rng)();
		if (node == null) node = _nodeId = [
			seedBytes[0] | 1,
			seedBytes[1],
			seedBytes[2],
			seedBytes[3],
			seedBytes[4],
			seedBytes[5]
		];
		if (clockseq == null) clockseq = _clockseq = (seedBytes[6] << 8 | seedBytes[7]) & 16383;
	}
	var msecs = options.msecs !== void 0 ? options.msecs : Date.now();
	var nsecs = options.nsecs !== void 0 ? options.nsecs : _lastNSecs + 1;
	var dt = msecs - _lastMSecs + (nsecs - _lastNSecs) / 1e4;
	if (dt < 0 && options.clockseq === void 0) clockseq = clockseq + 1 & 16383;
	if ((dt < 0 || msecs > _lastMSecs) && options.nsecs === void 0) nsecs = 0;
	if (nsecs >= 1e4) throw new Error("uuid.v1(): Can't create more than 10M uuids/sec");
	_lastMSecs = msecs;
	_lastNSecs = nsecs;
	_clockseq = clockseq;
	msecs += 0xb1d069b5400;
	var tl = ((msecs & 268435455) * 1e4 + nsecs) % 4294967296;
	b[i++] = tl >>> 24 & 255;
	b[i++] = tl >>> 16 & 255;
	b[i++] = tl >>> 8 & 255;
	b[i++] = tl & 255;
	var tmh = msecs / 4294967296 * 1e4 & 268435455;
	b[i++] = tmh >>> 8 & 255;
	b[i++] = tmh & 255;
	b[i++] = tmh >>> 24 & 15 | 16;
	b[i++] = tmh >>> 16 & 255;
	b[i++] = clockseq >>> 8 | 128;
	b[i++] = clockseq & 255;
	for (var n = 0; n < 6; ++n) b[i + n] = node[n];
	return buf || stringify(b);
}
var _nodeId, _clockseq, _lastMSecs, _lastNSecs;
var init_v1 = __esmMin((() => {
	init_rng();
	init_stringify();
	_lastMSecs = 0;
	_lastNSecs = 0;
}));
// node_modules/uuid/dist/esm-browser/parse.js
function parse(uuid) {
	if (!validate(uuid)) throw TypeError("Invalid UUID");
	var v;
	var arr = /* @__PURE__ */ new Uint8Array(16);
	arr[0] = (v = parseInt(uuid.slice(0, 8), 16)) >>> 24;
	arr[1] = v >>> 16 & 255;
	arr[2] = v >>> 8 & 255;
	arr[3] = v & 255;
	arr[4] = (v = parseInt(uuid.slice(9, 13), 16)) >>> 8;
	arr[5] = v & 255;
	arr[6] = (v = parseInt(uuid.slice(14, 18), 16)) >>> 8;
	arr[7] = v & 255;
	arr[8] = (v = parseInt(uuid.slice(19, 23), 16)) >>> 8;
	arr[9] = v & 255;
	arr[10] = (v = parseInt(uuid.slice(24, 36), 16)) / 1099511627776 & 255;
	arr[11] = v / 4294967296 & 255;
	arr[12] = v >>> 24 & 255;
	arr[13] = v >>> 16 & 255;
	arr[14] = v >>> 8 & 255;
	arr[15] = v & 255;
	return arr;
}
var init_parse = __esmMin((() => {
	init_validate();
}));
// node_modules/uuid/dist/esm-browser/v35.js
function stringToBytes(str) {
	str = unescape(encodeURIComponent(str));
	var bytes = [];
	for (var i = 0; i < str.length; ++i) bytes.push(str.charCodeAt(i));
	return bytes;
}
function v35_default(name, version, hashfunc) {
	function generateUUID(value, namespace, buf, offset) {
		if (typeof value === "string") value = stringToBytes(value);
		if (typeof namespace === "string") namespace = parse(namespace);
		if (namespace.length !== 16) throw TypeError("Namespace must be array-like (16 iterable integer values, 0-255)");
		var bytes = new Uint8Array(16 + value.length);
		bytes.set(namespace);
		bytes.set(value, namespace.length);
		bytes = hashfunc(bytes);
		bytes[6] = bytes[6] & 15 | version;
		bytes[8] = bytes[8] & 63 | 128;
		if (buf) {
			offset = offset || 0;
			for (var i = 0; i < 16; ++i) buf[offset + i] = bytes[i];
			return buf;
		}
		return stringify(bytes);
	}
	try {
		generateUUID.name = name;
	} catch (err) {}
	generateUUID.DNS = DNS;
	generateUUID.URL = URL$1;
	return generateUUID;
}
var DNS, URL$1;
var init_v35 = __esmMin((() => {
	init_stringify();
	init_parse();
	DNS = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
	URL$1 = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
}));
// node_modules/uuid/dist/esm-browser/md5.js
function md5(bytes) {
	if (typeof bytes === "string") {
		var msg = unescape(encodeURIComponent(bytes));
		bytes = new Uint8Array(msg.length);
		for (var i = 0; i < msg.length; ++i) bytes[i] = msg.charCodeAt(i);
	}
	return md5ToHexEncodedArray(wordsToMd5(bytesToWords(bytes), bytes.length * 8));
}
function md5ToHexEncodedArray(input) {
	var output = [];
	var length32 = input.length * 32;
	var hexTab = "0123456789abcdef";
	for (var i = 0; i < length32; i += 8) {
		var x = input[i >> 5] >>> i % 32 & 255;
		var hex = parseInt(hexTab.charAt(x >>> 4 & 15) + hexTab.charAt(x & 15), 16);
		output.push(hex);
	}
	return output;
}
/**
* Calculate output length with padding and bit length
*/
function getOutputLength(inputLength8) {
	return (inputLength8 + 64 >>> 9 << 4) + 14 + 1;
}
function wordsToMd5(x, len) {
	x[len >> 5] |= 128 << len % 32;
	x[getOutputLength(len) - 1] = len;
	var a = 1732584193;
	var b = -271733879;
	var c = -1732584194;
	var d = 271733878;
	for (var i = 0; i < x.length; i += 16) {
		var olda = a;
		var oldb = b;
		var oldc = c;
		var oldd = d;
		a = md5ff(a, b, c, d, x[i], 7, -680876936);
		d = md5ff(d, a, b, c, x[i + 1], 12, -389564586);
		c = md5ff(c, d, a, b, x[i + 2], 17, 606105819);
		b = md5ff(b, c, d, a, x[i + 3], 22, -1044525330);
		a = md5ff(a, b, c, d, x[i + 4], 7, -176418897);
		d = md5ff(d, a, b, c, x[i + 5], 12, 1200080426);
		c = md5ff(c, d, a, b, x[i + 6], 17, -1473231341);
		b = md5ff(b, c, d, a, x[i + 7], 22, -45705983);
		a = md5ff(a, b, c, d, x[i + 8], 7, 1770035416);
		d = md5ff(d, a, b, c, x[i + 9], 12, -1958414417);
		c = md5ff(c, d, a, b, x[i + 10], 17, -42063);
		b = md5ff(b, c, d, a, x[i + 11], 22, -1990404162);
		a = md5ff(a, b, c, d, x[i + 12], 7, 1804603682);
		d = md5ff(d, a, b, c, x[i + 13], 12, -40341101);
		c = md5ff(c, d, a, b, x[i + 14], 17, -1502002290);
		b = md5ff(b, c, d, a, x[i + 15], 22, 1236535329);
		a = md5gg(a, b, c, d, x[i + 1], 5, -165796510);
		d = md5gg(d, a, b, c, x[i + 6], 9, -1069501632);
		c = md5gg(c, d, a, b, x[i + 11], 14, 643717713);
		b = md5gg(b, c, d, a, x[i], 20, -373897302);
		a = md5gg(a, b, c, d, x[i + 5], 5, -701558691);
		d = md5gg(d, a, b, c, x[i + 10], 9, 38016083);
		c = md5gg(c, d, a, b, x[i + 15], 14, -660478335);
		b = md5gg(b, c, d, a, x[i + 4], 20, -405537848);
		a = md5gg(a, b, c, d, x[i + 9], 5, 568446438);
		d = md5gg(d, a, b, c, x[i + 14], 9, -1019803690);
		c = md5gg(c, d, a, b, x[i + 3], 14, -187363961);
		b = md5gg(b, c, d, a, x[i + 8], 20, 1163531501);
		a = md5gg(a, b, c, d, x[i + 13], 5, -1444681467);
		d = md5gg(d, a, b, c, x[i + 2], 9, -51403784);
		c = md5gg(c, d, a, b, x[i + 7], 14, 1735328473);
		b = md5gg(b, c, d, a, x[i + 12], 20, -1926607734);
		a = md5hh(a, b, c, d, x[i + 5], 4, -378558);
		d = md5hh(d, a, b, c, x[i + 8], 11, -2022574463);
		c = md5hh(c, d, a, b, x[i + 11], 16, 1839030562);
		b = md5hh(b, c, d, a, x[i + 14], 23, -35309556);
		a = md5hh(a, b, c, d, x[i + 1], 4, -1530992060);
		d = md5hh(d, a, b, c, x[i + 4], 11, 1272893353);
		c = md5hh(c, d, a, b, x[i + 7], 16, -155497632);
		b = md5hh(b, c, d, a, x[i + 10], 23, -1094730640);
		a = md5hh(a, b, c, d, x[i + 13], 4, 681279174);
		d = md5hh(d, a, b, c, x[i], 11, -358537222);
		c = md5hh(c, d, a, b, x[i + 3], 16, -722521979);
		b = md5hh(b, c, d, a, x[i + 6], 23, 76029189);
		a = md5hh(a, b, c, d, x[i + 9], 4, -640364487);
		d = md5hh(d, a, b, c, x[i + 12], 11, -421815835);
		c = md5hh(c, d, a, b, x[i + 15], 16, 530742520);
		b = md5hh(b, c, d, a, x[i + 2], 23, -995338651);
		a = md5ii(a, b, c, d, x[i], 6, -198630844);
		d = md5ii(d, a, b, c, x[i + 7], 10, 1126891415);
		c = md5ii(c, d, a, b, x[i + 14], 15, -1416354905);
		b = md5ii(b, c, d, a, x[i + 5], 21, -57434055);
		a = md5ii(a, b, c, d, x[i + 12], 6, 1700485571);
		d = md5ii(d, a, b, c, x[i + 3], 10, -1894986606);
		c = md5ii(c, d, a, b, x[i + 10], 15, -1051523);
		b = md5ii(b, c, d, a, x[i + 1], 21, -2054922799);
		a = md5ii(a, b, c, d, x[i + 8], 6, 1873313359);
		d = md5ii(d, a, b, c, x[i + 15], 10, -30611744);
		c = md5ii(c, d, a, b, x[i + 6], 15, -1560198380);
		b = md5ii(b, c, d, a, x[i + 13], 21, 1309151649);
		a = md5ii(a, b, c, d, x[i + 4], 6, -145523070);
		d = md5ii(d, a, b, c, x[i + 11], 10, -1120210379);
		c = md5ii(c, d, a, b, x[i + 2], 15, 718787259);
		b = md5ii(b, c, d, a, x[i + 9], 21, -343485551);
		a = safeAdd(a, olda);
		b = safeAdd(b, oldb);
		c = safeAdd(c, oldc);
		d = safeAdd(d, oldd);
	}
	return [
		a,
		b,
		c,
		d
	];
}
function bytesToWords(input) {
	if (input.length === 0) return [];
	var length8 = input.length * 8;
	var output = new Uint32Array(getOutputLength(length8));
	for (var i = 0; i < length8; i += 8) output[i >> 5] |= (input[i / 8] & 255) << i % 32;
	return output;
}
function safeAdd(x, y) {
	var lsw = (x & 65535) + (y & 65535);
	return (x >> 16) + (y >> 16) + (lsw >> 16) << 16 | lsw & 65535;
}
function bitRotateLeft(num, cnt) {
	return num << cnt | num >>> 32 - cnt;
}
function md5cmn(q, a, b, x, s, t) {
	return safeAdd(bitRotateLeft(safeAdd(safeAdd(a, q), safeAdd(x, t)), s), b);
}
function md5ff(a, b, c, d, x, s, t) {
	return md5cmn(b & c | ~b & d, a, b, x, s, t);
}
function md5gg(a, b, c, d, x, s, t) {
	return md5cmn(b & d | c & ~d, a, b, x, s, t);
}
function md5hh(a, b, c, d, x, s, t) {
	return md5cmn(b ^ c ^ d, a, b, x, s, t);
}
function md5ii(a, b, c, d, x, s, t) {
	return md5cmn(c ^ (b | ~d), a, b, x, s, t);
}
var init_md5 = __esmMin((() => {}));
// node_modules/uuid/dist/esm-browser/v3.js
var v3;
var init_v3 = __esmMin((() => {
	init_v35();
	init_md5();
	v3 = v35_default("v3", 48, md5);
}));
// node_modules/uuid/dist/esm-browser/v4.js
function v4(options, buf, offset) {
	options = options || {};
	var rnds = options.random || (options.rng || rng)();
	rnds[6] = rnds[6] & 15 | 64;
	rnds[8] = rnds[8] & 63 | 128;
	if (buf) {
		offset = offset || 0;
		for (var i = 0; i < 16; ++i) buf[offset + i] = rnds[i];
		return buf;
	}
	return stringify(rnds);
}
var init_v4 = __esmMin((() => {
	init_rng();
	init_stringify();
}));
// node_modules/uuid/dist/esm-browser/sha1.js
function f(s, x, y, z) {
	switch (s) {
		case 0: return x & y ^ ~x & z;
		case 1: return x ^ y ^ z;
		case 2: return x & y ^ x & z ^ y & z;
		case 3: return x ^ y ^ z;
	}
}
function ROTL(x, n) {
	return x << n | x >>> 32 - n;
}
function sha1(bytes) {
	var K = [
		1518500249,
		1859775393,
		2400959708,
		3395469782
	];
	var H = [
		1732584193,
		4023233417,
		2562383102,
		271733878,
		3285377520
	];
	if (typeof bytes === "string") {
		var msg = unescape(encodeURIComponent(bytes));
		bytes = [];
		for (var i = 0; i < msg.length; ++i) bytes.push(msg.charCodeAt(i));
	} else if (!Array.isArray(bytes)) bytes = Array.prototype.slice.call(bytes);
	bytes.push(128);
	var l = bytes.length / 4 + 2;
	var N = Math.ceil(l / 16);
	var M = new Array(N);
	for (var _i = 0; _i < N; ++_i) {
		var arr = /* @__PURE__ */ new Uint32Array(16);
		for (var j = 0; j < 16; ++j) arr[j] = bytes[_i * 64 + j * 4] << 24 | bytes[_i * 64 + j * 4 + 1] << 16 | bytes[_i * 64 + j * 4 + 2] << 8 | bytes[_i * 64 + j * 4 + 3];
		M[_i] = arr;
	}
	M[N - 1][14] = (bytes.length - 1) * 8 / Math.pow(2, 32);
	M[N - 1][14] = Math.floor(M[N - 1][14]);
	M[N - 1][15] = (bytes.length - 1) * 8 & 4294967295;
	for (var _i2 = 0; _i2 < N; ++_i2) {
		var W = /* @__PURE__ */ new Uint32Array(80);
		for (var t = 0; t < 16; ++t) W[t] = M[_i2][t];
		for (var _t = 16; _t < 80; ++_t) W[_t] = ROTL(W[_t - 3] ^ W[_t - 8] ^ W[_t - 14] ^ W[_t - 16], 1);
		var a = H[0];
		var b = H[1];
		var c = H[2];
		var d = H[3];
		var e = H[4];
		for (var _t2 = 0; _t2 < 80; ++_t2) {
			var s = Math.floor(_t2 / 20);
			var T = ROTL(a, 5) + f(s, b, c, d) + e + K[s] + W[_t2] >>> 0;
			e = d;
			d = c;
			c = ROTL(b, 30) >>> 0;
			b = a;
			a = T;
		}
		H[0] = H[0] + a >>> 0;
		H[1] = H[1] + b >>> 0;
		H[2] = H[2] + c >>> 0;
		H[3] = H[3] + d >>> 0;
		H[4] = H[4] + e >>> 0;
	}
	return [
		H[0] >> 24 & 255,
		H[0] >> 16 & 255,
		H[0] >> 8 & 255,
		H[0] & 255,
		H[1] >> 24 & 255,
		H[1] >> 16 & 255,
		H[1] >> 8 & 255,
		H[1] & 255,
		H[2] >> 24 & 255,
		H[2] >> 16 & 255,
		H[2] >> 8 & 255,
		H[2] & 255,
		H[3] >> 24 & 255,
		H[3] >> 16 & 255,
		H[3] >> 8 & 255,
		H[3] & 255,
		H[4] >> 24 & 255,
		H[4] >> 16 & 255,
		H[4] >> 8 & 255,
		H[4] & 255
	];
}
var init_sha1 = __esmMin((() => {}));
// node_modules/uuid/dist/esm-browser/v5.js
var v5;
var init_v5 = __esmMin((() => {
	init_v35();
	init_sha1();
	v5 = v35_default("v5", 80, sha1);
}));
// node_modules/uuid/dist/esm-browser/nil.js
var nil_default;
var init_nil = __esmMin((() => {
	nil_default = "00000000-0000-0000-0000-000000000000";
}));
// node_modules/uuid/dist/esm-browser/version.js
function version(uuid) {
	if (!validate(uuid)) throw TypeError("Invalid UUID");
	return parseInt(uuid.substr(14, 1), 16);
}
var init_version = __esmMin((() => {
	init_validate();
}));
// node_modules/uuid/dist/esm-browser/index.js
var esm_browser_exports = /* @__PURE__ */ __exportAll({
	NIL: () => nil_default,
	parse: () => parse,
	stringify: () => stringify,
	v1: () => v1,
	v3: () => v3,
	v4: () => v4,
	v5: () => v5,
	validate: () => validate,
	version: () => version
});
var init_esm_browser = __esmMin((() => {
	init_v1();
	init_v3();
	init_v4();
	init_v5();
	init_nil();
	init_version();
	init_validate();
	init_stringify();
	init_parse();
}));
// node_modules/jayson/lib/generateRequest.js
var require_generateRequest = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var uuid = (init_esm_browser(), __toCommonJS(esm_browser_exports)).v4;
	/**
	*  Generates a JSON-RPC 1.0 or 2.0 request
	*  @param {String} method Name of method to call
	*  @param {Array|Object} params Array of parameters passed to the method as specified, or an object of parameter names and corresponding value
	*  @param {String|Number|null} [id] Request ID can be a string, number, null for explicit notification or left out for automatic generation
	*  @param {Object} [options]
	*  @param {Number} [options.version=2] JSON-RPC version to use (1 or 2)
	*  @param {Boolean} [options.notificationIdNull=false] When true, version 2 requests will set id to null instead of omitting it
	*  @param {Function} [options.generator] Passed the request, and the options object and is expected to return a request ID
	*  @throws {TypeError} If any of the parameters are invalid
	*  @return {Object} A JSON-RPC 1.0 or 2.0 request
	*  @memberOf Utils
	*/
	var generateRequest = function(method, params, id, options) {
		if (typeof method !== "string") throw new TypeError(method + " must be a string");
		options = options || {};
		const version = typeof options.version === "number" ? options.version : 2;
		if (version !== 1 && version !== 2) throw new TypeError(version + " must be 1 or 2");
		const request = { method };
		if (version === 2) request.jsonrpc = "2.0";
		if (params) {
			if (typeof params !== "object" && !Array.isArray(params)) throw new TypeError(params + " must be an object, array or omitted");
			request.params = params;
		}
		if (typeof id === "undefined") request.id = (typeof options.generator === "function" ? options.generator : function() {
			return uuid();
		})(request, options);
		else if (version === 2 && id === null) {
			if (options.notificationIdNull) request.id = null;
		} else request.id = id;
		return request;
	};
	module.exports = generateRequest;
}));
// node_modules/jayson/lib/client/browser/index.js
var require_browser = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var uuid = (init_esm_browser(), __toCommonJS(esm_browser_exports)).v4;
	var generateRequest = require_generateRequest();
	/**
	* Constructor for a Jayson Browser Client that does not depend any node.js core libraries
	* @class ClientBrowser
	* @param {Function} callServer Method that calls the server, receives the stringified request and a regular node-style callback
	* @param {Object} [options]
	* @param {Function} [options.reviver] Reviver function for JSON
	* @param {Function} [options.replacer] Replacer function for JSON
	* @param {Number} [options.version=2] JSON-RPC version to use (1|2)
	* @param {Function} [options.generator] Function to use for generating request IDs
	*  @param {Boolean} [options.notificationIdNull=false] When true, version 2 requests will set id to null instead of omitting it
	* @return {ClientBrowser}
	*/
	var ClientBrowser = function(callServer, options) {
		if (!(this instanceof ClientBrowser)) return new ClientBrowser(callServer, options);
		if (!options) options = {};
		this.options = {
			reviver: typeof options.reviver !== "undefined" ? options.reviver : null,
			replacer: typeof options.replacer !== "undefined" ? options.replacer : null,
			generator: typeof options.generator !== "undefined" ? options.generator : function() {
				return uuid();
			},
			version: typeof options.version !== "undefined" ? options.version : 2,
			notificationIdNull: typeof options.notificationIdNull === "boolean" ? options.notificationIdNull : false
		};
		this.callServer = callServer;
	};
	module.exports = ClientBrowser;
	/**
	*  Creates a request and dispatches it if given a callback.
	*  @param {String|Array} method A batch request if passed an Array, or a method name if passed a String
	*  @param {Array|Object} [params] Parameters for the method
	*  @param {String|Number} [id] Optional id. If undefined an id will be generated. If null it creates a notification request
	*  @param {Function} [callback] Request callback. If specified, executes the request rather than only returning it.
	*  @throws {TypeError} Invalid parameters
	*  @return {Object} JSON-RPC 1.0 or 2.0 compatible request
	*/
	ClientBrowser.prototype.request = function(method, params, id, callback) {
		const self = this;
		let request = null;
		const isBatch = Array.isArray(method) && typeof params === "function";
		if (this.options.version === 1 && isBatch) throw new TypeError("JSON-RPC 1.0 does not support batching");
		if (isBatch || !isBatch && method && typeof method === "object" && typeof params === "function") {
			callback = params;
			request = method;
		} else {
			if (typeof id === "function") {
				callback = id;
				id = void 0;
			}
			const hasCallback = typeof callback === "function";
			try {
				request = generateRequest(method, params, id, {
					generator: this.options.generator,
					version: this.options.version,
					notificationIdNull: this.options.notificationIdNull
				});
			} catch (err) {
				if (hasCallback) {
					callback(err);
					return;
				}
				throw err;
			}
			if (!hasCallback) return request;
		}
		let message;
		try {
			message = JSON.stringify(request, this.options.replacer);
		} catch (err) {
			callback(err);
			return;
		}
		this.callServer(message, function(err, response) {
			self._parseResponse(err, response, callback);
		});
		return request;
	};
	/**
	* Parses a response from a server
	* @param {Object} err Error to pass on that is unrelated to the actual response
	* @param {String} responseText JSON-RPC 1.0 or 2.0 response
	* @param {Function} callback Callback that will receive different arguments depending on the amount of parameters
	* @private
	*/
	ClientBrowser.prototype._parseResponse = function(err, responseText, callback) {
		if (err) {
			callback(err);
			return;
		}
		if (!responseText) {
			callback();
			return;
		}
		let response;
		try {
			response = JSON.parse(responseText, this.options.reviver);
		} catch (err) {
			callback(err);
			return;
		}
		if (callback.length === 3) {
			if (Array.isArray(response)) {
				const isError = function(res) {
					return typeof res.error !== "undefined";
				};
				const isNotError = function(res) {
					return !isError(res);
				};
				callback(null, response.filter(isError), response.filter(isNotError));
				return;
			} else {
				callback(null, response.error, response.result);
				return;
			}
		}
		callback(null, response);
	};
}));
// node_modules/rpc-websockets/dist/index.browser.mjs
function WebSocket(address, options) {
	return new WebSocketBrowserImpl(address, options);
}
var import_buffer$1, WebSocketBrowserImpl, DefaultDataPack, CommonClient;
var init_index_browser = __esmMin((() => {
	import_buffer$1 = require_buffer();
	init_eventemitter3();
	WebSocketBrowserImpl = class extends import_eventemitter3.default {
		socket;
		/** Instantiate a WebSocket class
		* @constructor
		* @param {String} address - url to a websocket server
		* @param {WebSocketBrowserOptions} options - websocket options
		* @return {WebSocketBrowserImpl} - returns a WebSocket instance
		*/
		constructor(address, options) {
			super();
			this.socket = new window.WebSocket(address, options.protocols);
			this.socket.onopen = () => this.emit("open");
			this.socket.onmessage = (event) => this.emit("message", event.data);
			this.socket.onerror = (error) => this.emit("error", error);
			this.socket.onclose = (event) => {
				this.emit("close", event.code, event.reason);
			};
		}
		/**
		* Sends data through a websocket connection
		* @method
		* @param {(String|Object)} data - data to be sent via websocket
		* @param {Object} optionsOrCallback - ws options
		* @param {Function} callback - a callback called once the data is sent
		* @return {Undefined}
		*/
		send(data, optionsOrCallback, callback) {
			const cb = callback || optionsOrCallback;
			try {
				this.socket.send(data);
				cb();
			} catch (error) {
				cb(error);
			}
		}
		/**
		* Closes an underlying socket
		* @method
		* @param {Number} code - status code explaining why the connection is being closed
		* @param {String} reason - a description why the connection is closing
		* @return {Undefined}
		* @throws {Error}
		*/
		close(code, reason) {
			this.socket.close(code, reason);
		}
		addEventListener(type, listener, options) {
			this.socket.addEventListener(type, listener, options);
		}
	};
	DefaultDataPack = class {
		encode(value) {
			return JSON.stringify(value);
		}
		decode(value) {
			return JSON.parse(value);
		}
	};
	CommonClient = class extends import_eventemitter3.default {
		address;
		rpc_id;
		queue;
		options;
		autoconnect;
		ready;
		reconnect;
		reconnect_timer_id;
		reconnect_interval;
		max_reconnects;
		rest_options;
		current_reconnects;
		generate_request_id;
		socket;
		webSocketFactory;
		dataPack;
		/**
		* Instantiate a Client class.
		* @constructor
		* @param {webSocketFactory} webSocketFactory - factory method for WebSocket
		* @param {String} address - url to a websocket server
		* @param {Object} options - ws options object with reconnect parameters
		* @param {Function} generate_request_id - custom generation request Id
		* @param {DataPack} dataPack - data pack contains encoder and decoder
		* @return {CommonClient}
		*/
		constructor(webSocketFactory, address = "ws://localhost:8080", { autoconnect = true, reconnect = true, reconnect_interval = 1e3, max_reconnects = 5, ...rest_options } = {}, generate_request_id, dataPack) {
			super();
			this.webSocketFactory = webSocketFactory;
			this.queue = {};
			this.rpc_id = 0;
			this.address = address;
			this.autoconnect = autoconnect;
			this.ready = false;
			this.reconnect = reconnect;
			this.reconnect_timer_id = void 0;
			this.reconnect_interval = reconnect_interval;
			this.max_reconnects = max_reconnects;
			this.rest_options = rest_options;
			this.current_reconnects = 0;
			this.generate_request_id = generate_request_id || (() => typeof this.rpc_id === "number" ? ++this.rpc_id : Number(this.rpc_id) + 1);
			if (!dataPack) this.dataPack = new DefaultDataPack();
			else this.dataPack = dataPack;
			if (this.autoconnect) this._connect(this.address, {
				autoconnect: this.autoconnect,
				reconnect: this.reconnect,
				reconnect_interval: this.reconnect_interval,
				max_reconnects: this.max_reconnects,
				...this.rest_options
			});
		}
		/**
		* Connects to a defined server if not connected already.
		* @method
		* @return {Undefined}
		*/
		connect() {
			if (this.socket) return;
			this._connect(this.address, {
				autoconnect: this.autoconnect,
				reconnect: this.reconnect,
				reconnect_interval: this.reconnect_interval,
				max_reconnects: this.max_reconnects,
				...this.rest_options
			});
		}
		/**
		* Calls a registered RPC method on server.
		* @method
		* @param {String} method - RPC method name
		* @param {Object|Array} params - optional method parameters
		* @param {Number} timeout - RPC reply timeout value
		* @param {Object} ws_opts - options passed to ws
		* @return {Promise}
		*/
		call(method, params, timeout, ws_opts) {
			if (!ws_opts && "object" === typeof timeout) {
				ws_opts = timeout;
				timeout = null;
			}
			return new Promise((resolve, reject) => {
				if (!this.ready) return reject(/* @__PURE__ */ new Error("socket not ready"));
				const rpc_id = this.generate_request_id(method, params);
				const message = {
					jsonrpc: "2.0",
					method,
					params: params || void 0,
					id: rpc_id
				};
				this.socket.send(this.dataPack.encode(message), ws_opts, (error) => {
					if (error) return reject(error);
					this.queue[rpc_id] = { promise: [resolve, reject] };
					if (timeout) this.queue[rpc_id].timeout = setTimeout(() => {
						delete this.queue[rpc_id];
						reject(/* @__PURE__ */ new Error("reply timeout"));
					}, timeout);
				});
			});
		}
		/**
		* Logins with the other side of the connection.
		* @method
		* @param {Object} params - Login credentials object
		* @return {Promise}
		*/
		async login(params) {
			const resp = await this.call("rpc.login", params);
			if (!resp) throw new Error("authentication failed");
			return resp;
		}
		/**
		* Fetches a list of client's methods registered on server.
		* @method
		* @return {Array}
		*/
		async listMethods() {
			return await this.call("__listMethods");
		}
		/**
		* Sends a JSON-RPC 2.0 notification to server.
		* @method
		* @param {String} method - RPC method name
		* @param {Object} params - optional method parameters
		* @return {Promise}
		*/
		notify(method, params) {
			return new Promise((resolve, reject) => {
				if (!this.ready) return reject(/* @__PURE__ */ new Error("socket not ready"));
				const message = {
					jsonrpc: "2.0",
					method,
					params
				};
				this.socket.send(this.dataPack.encode(message), (error) => {
					if (error) return reject(error);
					resolve();
				});
			});
		}
		/**
		* Subscribes for a defined event.
		* @method
		* @param {String|Array} event - event name
		* @return {Undefined}
		* @throws {Error}
		*/
		async subscribe(event) {
			if (typeof event === "string") event = [event];
			const result = await this.call("rpc.on", event);
			if (typeof event === "string" && result[event] !== "ok") throw new Error("Failed subscribing to an event '" + event + "' with: " + result[event]);
			return result;
		}
		/**
		* Unsubscribes from a defined event.
		* @method
		* @param {String|Array} event - event name
		* @return {Undefined}
		* @throws {Error}
		*/
		async unsubscribe(event) {
			if (typeof event === "string") event = [event];
			const result = await this.call("rpc.off", event);
			if (typeof event === "string" && result[event] !== "ok") throw new Error("Failed unsubscribing from an event with: " + result);
			return result;
		}
		/**
		* Closes a WebSocket connection gracefully.
		* @method
		* @param {Number} code - socket close code
		* @param {String} data - optional data to be sent before closing
		* @return {Undefined}
		*/
		close(code, data) {
			if (this.socket) this.socket.close(code || 1e3, data);
		}
		/**
		* Enable / disable automatic reconnection.
		* @method
		* @param {Boolean} reconnect - enable / disable reconnection
		* @return {Undefined}
		*/
		setAutoReconnect(reconnect) {
			this.reconnect = reconnect;
		}
		/**
		* Set the interval between reconnection attempts.
		* @method
		* @param {Number} interval - reconnection interval in milliseconds
		* @return {Undefined}
		*/
		setReconnectInterval(interval) {
			this.reconnect_interval = interval;
		}
		/**
		* Set the maximum number of reconnection attempts.
		* @method
		* @param {Number} max_reconnects - maximum reconnection attempts
		* @return {Undefined}
		*/
		setMaxReconnects(max_reconnects) {
			this.max_reconnects = max_reconnects;
		}
		/**
		* Get the current number of reconnection attempts made.
		* @method
		* @return {Number} current reconnection attempts
		*/
		getCurrentReconnects() {
			return this.current_reconnects;
		}
		/**
		* Get the maximum number of reconnection attempts.
		* @method
		* @return {Number} maximum reconnection attempts
		*/
		getMaxReconnects() {
			return this.max_reconnects;
		}
		/**
		* Check if the client is currently attempting to reconnect.
		* @method
		* @return {Boolean} true if reconnection is in progress
		*/
		isReconnecting() {
			return this.reconnect_timer_id !== void 0;
		}
		/**
		* Check if the client will attempt to reconnect on the next close event.
		* @method
		* @return {Boolean} true if reconnection will be attempted
		*/
		willReconnect() {
			return this.reconnect && (this.max_reconnects === 0 || this.current_reconnects < this.max_reconnects);
		}
		/**
		* Connection/Message handler.
		* @method
		* @private
		* @param {String} address - WebSocket API address
		* @param {Object} options - ws options object
		* @return {Undefined}
		*/
		_connect(address, options) {
			clearTimeout(this.reconnect_timer_id);
			this.socket = this.webSocketFactory(address, options);
			this.socket.addEventListener("open", () => {
				this.ready = true;
				this.emit("open");
				this.current_reconnects = 0;
			});
			this.socket.addEventListener("message", ({ data: message }) => {
				if (message instanceof ArrayBuffer) message = import_buffer$1.Buffer.from(message).toString();
				try {
					message = this.dataPack.decode(message);
				} catch (_error) {
					return;
				}
				if (message.notification && this.listeners(message.notification).length) {
					if (!Object.keys(message.params).length) return this.emit(message.notification);
					const args = [message.notification];
					if (message.params.constructor === Object) args.push(message.params);
					else for (let i = 0; i < message.params.length; i++) args.push(message.params[i]);
					return Promise.resolve().then(() => {
						this.emit.apply(this, args);
					});
				}
				if (!this.queue[message.id]) {
					if (message.method) return Promise.resolve().then(() => {
						this.emit(message.method, message?.params);
					});
					return;
				}
				if ("error" in message === "result" in message) this.queue[message.id].promise[1](/* @__PURE__ */ new Error("Server response malformed. Response must include either \"result\" or \"error\", but not both."));
				if (this.queue[message.id].timeout) clearTimeout(this.queue[message.id].timeout);
				if (message.error) this.queue[message.id].promise[1](message.error);
				else this.queue[message.id].promise[0](message.result);
				delete this.queue[message.id];
			});
			this.socket.addEventListener("error", (error) => this.emit("error", error));
			this.socket.addEventListener("close", ({ code, reason }) => {
				if (this.ready) setTimeout(() => this.emit("close", code, reason), 0);
				this.ready = false;
				this.socket = void 0;
				if (code === 1e3) return;
				this.current_reconnects++;
				if (this.reconnect && (this.max_reconnects > this.current_reconnects || this.max_reconnects === 0)) this.reconnect_timer_id = setTimeout(() => this._connect(address, options), this.reconnect_interval);
				else if (this.reconnect && this.max_reconnects > 0 && this.current_reconnects >= this.max_reconnects) setTimeout(() => this.emit("max_reconnects_reached", code, reason), 1);
			});
		}
	};
}));
// node_modules/@noble/hashes/esm/sha3.js
/** `keccakf1600` internal function, additionally allows to adjust round count. */
function keccakP(s, rounds = 24) {
	const B = /* @__PURE__ */ new Uint32Array(10);
	for (let round = 24 - rounds; round < 24; round++) {
		for (let x = 0; x < 10; x++) B[x] = s[x] ^ s[x + 10] ^ s[x + 20] ^ s[x + 30] ^ s[x + 40];
		for (let x = 0; x < 10; x += 2) {
			const idx1 = (x + 8) % 10;
			const idx0 = (x + 2) % 10;
			const B0 = B[idx0];
			const B1 = B[idx0 + 1];
			const Th = rotlH(B0, B1, 1) ^ B[idx1];
			const Tl = rotlL(B0, B1, 1) ^ B[idx1 + 1];
			for (let y = 0; y < 50; y += 10) {
				s[x + y] ^= Th;
				s[x + y + 1] ^= Tl;
			}
		}
		let curH = s[2];
		let curL = s[3];
		for (let t = 0; t < 24; t++) {
			const shift = SHA3_ROTL[t];
			const Th = rotlH(curH, curL, shift);
			const Tl = rotlL(curH, curL, shift);
			const PI = SHA3_PI[t];
			curH = s[PI];
			curL = s[PI + 1];
			s[PI] = Th;
			s[PI + 1] = Tl;
		}
		for (let y = 0; y < 50; y += 10) {
			for (let x = 0; x < 10; x++) B[x] = s[y + x];
			for (let x = 0; x < 10; x++) s[y + x] ^= ~B[(x + 2) % 10] & B[(x + 4) % 10];
		}
		s[0] ^= SHA3_IOTA_H[round];
		s[1] ^= SHA3_IOTA_L[round];
	}
	clean(B);
}
var _0n$1, _1n$1, _2n$2, _7n, _256n, _0x71n, SHA3_PI, SHA3_ROTL, _SHA3_IOTA, IOTAS, SHA3_IOTA_H, SHA3_IOTA_L, rotlH, rotlL, Keccak, gen, keccak_256;
var init_sha3 = __esmMin((() => {
	init__u64();
	init_utils$1();
	_0n$1 = BigInt(0);
	_1n$1 = BigInt(1);
	_2n$2 = BigInt(2);
	_7n = BigInt(7);
	_256n = BigInt(256);
	_0x71n = BigInt(113);
	SHA3_PI = [];
	SHA3_ROTL = [];
	_SHA3_IOTA = [];
	for (let round = 0, R = _1n$1, x = 1, y = 0; round < 24; round++) {
		[x, y] = [y, (2 * x + 3 * y) % 5];
		SHA3_PI.push(2 * (5 * y + x));
		SHA3_ROTL.push((round + 1) * (round + 2) / 2 % 64);
		let t = _0n$1;
		for (let j = 0; j < 7; j++) {
			R = (R << _1n$1 ^ (R >> _7n) * _0x71n) % _256n;
			if (R & _2n$2) t ^= _1n$1 << (_1n$1 << /* @__PURE__ */ BigInt(j)) - _1n$1;
		}
		_SHA3_IOTA.push(t);
	}
	IOTAS = split(_SHA3_IOTA, true);
	SHA3_IOTA_H = IOTAS[0];
	SHA3_IOTA_L = IOTAS[1];
	rotlH = (h, l, s) => s > 32 ? rotlBH(h, l, s) : rotlSH(h, l, s);
	rotlL = (h, l, s) => s > 32 ? rotlBL(h, l, s) : rotlSL(h, l, s);
	Keccak = class Keccak extends Hash {
		constructor(blockLen, suffix, outputLen, enableXOF = false, rounds = 24) {
			super();
			this.pos = 0;
			this.posOut = 0;
			this.finished = false;
			this.destroyed = false;
			this.enableXOF = false;
			this.blockLen = blockLen;
			this.suffix = suffix;
			this.outputLen = outputLen;
			this.enableXOF = enableXOF;
			this.rounds = rounds;
			anumber(outputLen);
			if (!(0 < blockLen && blockLen < 200)) throw new Error("only keccak-f1600 function is supported");
			this.state = /* @__PURE__ */ new Uint8Array(200);
			this.state32 = u32(this.state);
		}
		clone() {
			return this._cloneInto();
		}
		keccak() {
			swap32IfBE(this.state32);
			keccakP(this.state32, this.rounds);
			swap32IfBE(this.state32);
			this.posOut = 0;
			this.pos = 0;
		}
		update(data) {
			aexists(this);
			data = toBytes(data);
			abytes(data);
			const { blockLen, state } = this;
			const len = data.length;
			for (let pos = 0; pos < len;) {
				const take = Math.min(blockLen - this.pos, len - pos);
				for (let i = 0; i < take; i++) state[this.pos++] ^= data[pos++];
				if (this.pos === blockLen) this.keccak();
			}
			return this;
		}
		finish() {
			if (this.finished) return;
			this.finished = true;
			const { state, suffix, pos, blockLen } = this;
			state[pos] ^= suffix;
			if ((suffix & 128) !== 0 && pos === blockLen - 1) this.keccak();
			state[blockLen - 1] ^= 128;
			this.keccak();
		}
		writeInto(out) {
			aexists(this, false);
			abytes(out);
			this.finish();
			const bufferOut = this.state;
			const { blockLen } = this;
			for (let pos = 0, len = out.length; pos < len;) {
				if (this.posOut >= blockLen) this.keccak();
				const take = Math.min(blockLen - this.posOut, len - pos);
				out.set(bufferOut.subarray(this.posOut, this.posOut + take), pos);
				this.posOut += take;
				pos += take;
			}
			return out;
		}
		xofInto(out) {
			if (!this.enableXOF) throw new Error("XOF is not possible for this instance");
			return this.writeInto(out);
		}
		xof(bytes) {
			anumber(bytes);
			return this.xofInto(new Uint8Array(bytes));
		}
		digestInto(out) {
			aoutput(out, this);
			if (this.finished) throw new Error("digest() was already called");
			this.writeInto(out);
			this.destroy();
			return out;
		}
		digest() {
			return this.digestInto(new Uint8Array(this.outputLen));
		}
		destroy() {
			this.destroyed = true;
			clean(this.state);
		}
		_cloneInto(to) {
			const { blockLen, suffix, outputLen, rounds, enableXOF } = this;
			to || (to = new Keccak(blockLen, suffix, outputLen, enableXOF, rounds));
			to.state32.set(this.state32);
			to.pos = this.pos;
			to.posOut = this.posOut;
			to.finished = this.finished;
			to.rounds = rounds;
			to.suffix = suffix;
			to.outputLen = outputLen;
			to.enableXOF = enableXOF;
			to.destroyed = this.destroyed;
			return to;
		}
	};
	gen = (suffix, blockLen, outputLen) => createHasher(() => new Keccak(blockLen, suffix, outputLen));
	keccak_256 = /* @__PURE__ */ (() => gen(1, 136, 32))();
}));
// node_modules/@noble/hashes/esm/hmac.js
var HMAC, hmac;
var init_hmac = __esmMin((() => {
	init_utils$1();
	HMAC = class extends Hash {
		constructor(hash, _key) {
			super();
			this.finished = false;
			this.destroyed = false;
			ahash(hash);
			const key = toBytes(_key);
			this.iHash = hash.create();
			if (typeof this.iHash.update !== "function") throw new Error("Expected instance of class which extends utils.Hash");
			this.blockLen = this.iHash.blockLen;
			this.outputLen = this.iHash.outputLen;
			const blockLen = this.blockLen;
			const pad = new Uint8Array(blockLen);
			pad.set(key.length > blockLen ? hash.create().update(key).digest() : key);
			for (let i = 0; i < pad.length; i++) pad[i] ^= 54;
			this.iHash.update(pad);
			this.oHash = hash.create();
			for (let i = 0; i < pad.length; i++) pad[i] ^= 106;
			this.oHash.update(pad);
			clean(pad);
		}
		update(buf) {
			aexists(this);
			this.iHash.update(buf);
			return this;
		}
		digestInto(out) {
			aexists(this);
			abytes(out, this.outputLen);
			this.finished = true;
			this.iHash.digestInto(out);
			this.oHash.update(out);
			this.oHash.digestInto(out);
			this.destroy();
		}
		digest() {
			const out = new Uint8Array(this.oHash.outputLen);
			this.digestInto(out);
			return out;
		}
		_cloneInto(to) {
			to || (to = Object.create(Object.getPrototypeOf(this), {}));
			const { oHash, iHash, finished, destroyed, blockLen, outputLen } = this;
			to = to;
			to.finished = finished;
			to.destroyed = destroyed;
			to.blockLen = blockLen;
			to.outputLen = outputLen;
			to.oHash = oHash._cloneInto(to.oHash);
			to.iHash = iHash._cloneInto(to.iHash);
			return to;
		}
		clone() {
			return this._cloneInto();
		}
		destroy() {
			this.destroyed = true;
			this.oHash.destroy();
			this.iHash.destroy();
		}
	};
	hmac = (hash, key, message) => new HMAC(hash, key).update(message).digest();
	hmac.create = (hash, key) => new HMAC(hash, key);
}));
// node_modules/@noble/curves/esm/abstract/weierstrass.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
/**
* Splits scalar for GLV endomorphism.
*/
function _splitEndoScalar(k, basis, n) {
	const [[a1, b1], [a2, b2]] = basis;
	const c1 = divNearest(b2 * k, n);
	const c2 = divNearest(-b1 * k, n);
	let k1 = k - c1 * a1 - c2 * a2;
	let k2 = -c1 * b1 - c2 * b2;
	const k1neg = k1 < _0n;
	const k2neg = k2 < _0n;
	if (k1neg) k1 = -k1;
	if (k2neg) k2 = -k2;
	const MAX_NUM = bitMask(Math.ceil(bitLen(n) / 2)) + _1n;
	if (k1 < _0n || k1 >= MAX_NUM || k2 < _0n || k2 >= MAX_NUM) throw new Error("splitScalar (endomorphism): failed, k=" + k);
	return {
		k1neg,
		k1,
		k2neg,
		k2
	};
}
function validateSigFormat(format) {
	if (![
		"compact",
		"recovered",
		"der"
	].includes(format)) throw new Error("Signature format must be \"compact\", \"recovered\", or \"der\"");
	return format;
}
function validateSigOpts(opts, def) {
	const optsn = {};
	for (let optName of Object.keys(def)) optsn[optName] = opts[optName] === void 0 ? def[optName] : opts[optName];
	_abool2(optsn.lowS, "lowS");
	_abool2(optsn.prehash, "prehash");
	if (optsn.format !== void 0) validateSigFormat(optsn.format);
	return optsn;
}
function _normFnElement(Fn, key) {
	const { BYTES: expected } = Fn;
	let num;
	if (typeof key === "bigint") num = key;
	else {
		let bytes = ensureBytes("private key", key);
		try {
			num = Fn.fromBytes(bytes);
		} catch (error) {
			throw new Error(`invalid private key: expected ui8a of size ${expected}, got ${typeof key}`);
		}
	}
	if (!Fn.isValidNot0(num)) throw new Error("invalid private key: out of range [1..N-1]");
	return num;
}
/**
* Creates weierstrass Point constructor, based on specified curve options.
*
* @example
```js
const opts = {
p: BigInt('0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff'),
n: BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'),
h: BigInt(1),
a: BigInt('0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc'),
b: BigInt('0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b'),
Gx: BigInt('0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296'),
Gy: BigInt('0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5'),
};
const p256_Point = weierstrass(opts);
```
*/
function weierstrassN(params, extraOpts = {}) {
	const validated = _createCurveFields("weierstrass", params, extraOpts);
	const { Fp, Fn } = validated;
	let CURVE = validated.CURVE;
	const { h: cofactor, n: CURVE_ORDER } = CURVE;
	_validateObject(extraOpts, {}, {
		allowInfinityPoint: "boolean",
		clearCofactor: "function",
		isTorsionFree: "function",
		fromBytes: "function",
		toBytes: "function",
		endo: "object",
		wrapPrivateKey: "boolean"
	});
	const { endo } = extraOpts;
	if (endo) {
		if (!Fp.is0(CURVE.a) || typeof endo.beta !== "bigint" || !Array.isArray(endo.basises)) throw new Error("invalid endo: expected \"beta\": bigint and \"basises\": array");
	}
	const lengths = getWLengths(Fp, Fn);
	function assertCompressionIsSupported() {
		if (!Fp.isOdd) throw new Error("compression is not supported: Field does not have .isOdd()");
	}
	function pointToBytes(_c, point, isCompressed) {
		const { x, y } = point.toAffine();
		const bx = Fp.toBytes(x);
		_abool2(isCompressed, "isCompressed");
		if (isCompressed) {
			assertCompressionIsSupported();
			return concatBytes(pprefix(!Fp.isOdd(y)), bx);
		} else return concatBytes(Uint8Array.of(4), bx, Fp.toBytes(y));
	}
	function pointFromBytes(bytes) {
		_abytes2(bytes, void 0, "Point");
		const { publicKey: comp, publicKeyUncompressed: uncomp } = lengths;
		const length = bytes.length;
		const head = bytes[0];
		const tail = bytes.subarray(1);
		if (length === comp && (head === 2 || head === 3)) {
			const x = Fp.fromBytes(tail);
			if (!Fp.isValid(x)) throw new Error("bad point: is not on curve, wrong x");
			const y2 = weierstrassEquation(x);
			let y;
			try {
				y = Fp.sqrt(y2);
			} catch (sqrtError) {
				const err = sqrtError instanceof Error ? ": " + sqrtError.message : "";
				throw new Error("bad point: is not on curve, sqrt error" + err);
			}
			assertCompressionIsSupported();
			const isYOdd = Fp.isOdd(y);
			if ((head & 1) === 1 !== isYOdd) y = Fp.neg(y);
			return {
				x,
				y
			};
		} else if (length === uncomp && head === 4) {
			const L = Fp.BYTES;
			const x = Fp.fromBytes(tail.subarray(0, L));
			const y = Fp.fromBytes(tail.subarray(L, L * 2));
			if (!isValidXY(x, y)) throw new Error("bad point: is not on curve");
			return {
				x,
				y
			};
		} else throw new Error(`bad point: got length ${length}, expected compressed=${comp} or uncompressed=${uncomp}`);
	}
	const encodePoint = extraOpts.toBytes || pointToBytes;
	const decodePoint = extraOpts.fromBytes || pointFromBytes;
	function weierstrassEquation(x) {
		const x2 = Fp.sqr(x);
		const x3 = Fp.mul(x2, x);
		return Fp.add(Fp.add(x3, Fp.mul(x, CURVE.a)), CURVE.b);
	}
	/** Checks whether equation holds for given x, y: y² == x³ + ax + b */
	function isValidXY(x, y) {
		const left = Fp.sqr(y);
		const right = weierstrassEquation(x);
		return Fp.eql(left, right);
	}
	if (!isValidXY(CURVE.Gx, CURVE.Gy)) throw new Error("bad curve params: generator point");
	const _4a3 = Fp.mul(Fp.pow(CURVE.a, _3n), _4n);
	const _27b2 = Fp.mul(Fp.sqr(CURVE.b), BigInt(27));
	if (Fp.is0(Fp.add(_4a3, _27b2))) throw new Error("bad curve params: a or b");
	/** Asserts coordinate is valid: 0 <= n < Fp.ORDER. */
	function acoord(title, n, banZero = false) {
		if (!Fp.isValid(n) || banZero && Fp.is0(n)) throw new Error(`bad point coordinate ${title}`);
		return n;
	}
	function aprjpoint(other) {
		if (!(other instanceof Point)) throw new Error("ProjectivePoint expected");
	}
	function splitEndoScalarN(k) {
		if (!endo || !endo.basises) throw new Error("no endo");
		return _splitEndoScalar(k, endo.basises, Fn.ORDER);
	}
	const toAffineMemo = memoized((p, iz) => {
		const { X, Y, Z } = p;
		if (Fp.eql(Z, Fp.ONE)) return {
			x: X,
			y: Y
		};
		const is0 = p.is0();
		if (iz == null) iz = is0 ? Fp.ONE : Fp.inv(Z);
		const x = Fp.mul(X, iz);
		const y = Fp.mul(Y, iz);
		const zz = Fp.mul(Z, iz);
		if (is0) return {
			x: Fp.ZERO,
			y: Fp.ZERO
		};
		if (!Fp.eql(zz, Fp.ONE)) throw new Error("invZ was invalid");
		return {
			x,
			y
		};
	});
	const assertValidMemo = memoized((p) => {
		if (p.is0()) {
			if (extraOpts.allowInfinityPoint && !Fp.is0(p.Y)) return;
			throw new Error("bad point: ZERO");
		}
		const { x, y } = p.toAffine();
		if (!Fp.isValid(x) || !Fp.isValid(y)) throw new Error("bad point: x or y not field elements");
		if (!isValidXY(x, y)) throw new Error("bad point: equation left != right");
		if (!p.isTorsionFree()) throw new Error("bad point: not in prime-order subgroup");
		return true;
	});
	function finishEndo(endoBeta, k1p, k2p, k1neg, k2neg) {
		k2p = new Point(Fp.mul(k2p.X, endoBeta), k2p.Y, k2p.Z);
		k1p = negateCt(k1neg, k1p);
		k2p = negateCt(k2neg, k2p);
		return k1p.add(k2p);
	}
	/**
	* Projective Point works in 3d / projective (homogeneous) coordinates:(X, Y, Z) ∋ (x=X/Z, y=Y/Z).
	* Default Point works in 2d / affine coordinates: (x, y).
	* We're doing calculations in projective, because its operations don't require costly inversion.
	*/
	class Point {
		/** Does NOT validate if the point is valid. Use `.assertValidity()`. */
		constructor(X, Y, Z) {
			this.X = acoord("x", X);
			this.Y = acoord("y", Y, true);
			this.Z = acoord("z", Z);
			Object.freeze(this);
		}
		static CURVE() {
			return CURVE;
		}
		/** Does NOT validate if the point is valid. Use `.assertValidity()`. */
		static fromAffine(p) {
			const { x, y } = p || {};
			if (!p || !Fp.isValid(x) || !Fp.isValid(y)) throw new Error("invalid affine point");
			if (p instanceof Point) throw new Error("projective point not allowed");
			if (Fp.is0(x) && Fp.is0(y)) return Point.ZERO;
			return new Point(x, y, Fp.ONE);
		}
		static fromBytes(bytes) {
			const P = Point.fromAffine(decodePoint(_abytes2(bytes, void 0, "point")));
			P.assertValidity();
			return P;
		}
		static fromHex(hex) {
			return Point.fromBytes(ensureBytes("pointHex", hex));
		}
		get x() {
			return this.toAffine().x;
		}
		get y() {
			return this.toAffine().y;
		}
		/**
		*
		* @param windowSize
		* @param isLazy true will defer table computation until the first multiplication
		* @returns
		*/
		precompute(windowSize = 8, isLazy = true) {
			wnaf.createCache(this, windowSize);
			if (!isLazy) this.multiply(_3n);
			return this;
		}
		/** A point on curve is valid if it conforms to equation. */
		assertValidity() {
			assertValidMemo(this);
		}
		hasEvenY() {
			const { y } = this.toAffine();
			if (!Fp.isOdd) throw new Error("Field doesn't support isOdd");
			return !Fp.isOdd(y);
		}
		/** Compare one point to another. */
		equals(other) {
			aprjpoint(other);
			const { X: X1, Y: Y1, Z: Z1 } = this;
			const { X: X2, Y: Y2, Z: Z2 } = other;
			const U1 = Fp.eql(Fp.mul(X1, Z2), Fp.mul(X2, Z1));
			const U2 = Fp.eql(Fp.mul(Y1, Z2), Fp.mul(Y2, Z1));
			return U1 && U2;
		}
		/** Flips point to one corresponding to (x, -y) in Affine coordinates. */
		negate() {
			return new Point(this.X, Fp.neg(this.Y), this.Z);
		}
		double() {
			const { a, b } = CURVE;
			const b3 = Fp.mul(b, _3n);
			const { X: X1, Y: Y1, Z: Z1 } = this;
			let X3 = Fp.ZERO, Y3 = Fp.ZERO, Z3 = Fp.ZERO;
			let t0 = Fp.mul(X1, X1);
			let t1 = Fp.mul(Y1, Y1);
			let t2 = Fp.mul(Z1, Z1);
			let t3 = Fp.mul(X1, Y1);
			t3 = Fp.add(t3, t3);
			Z3 = Fp.mul(X1, Z1);
			Z3 = Fp.add(Z3, Z3);
			X3 = Fp.mul(a, Z3);
			Y3 = Fp.mul(b3, t2);
			Y3 = Fp.add(X3, Y3);
			X3 = Fp.sub(t1, Y3);
			Y3 = Fp.add(t1, Y3);
			Y3 = Fp.mul(X3, Y3);
			X3 = Fp.mul(t3, X3);
			Z3 = Fp.mul(b3, Z3);
			t2 = Fp.mul(a, t2);
			t3 = Fp.sub(t0, t2);
			t3 = Fp.mul(a, t3);
			t3 = Fp.add(t3, Z3);
			Z3 = Fp.add(t0, t0);
			t0 = Fp.add(Z3, t0);
			t0 = Fp.add(t0, t2);
			t0 = Fp.mul(t0, t3);
			Y3 = Fp.add(Y3, t0);
			t2 = Fp.mul(Y1, Z1);
			t2 = Fp.add(t2, t2);
			t0 = Fp.mul(t2, t3);
			X3 = Fp.sub(X3, t0);
			Z3 = Fp.mul(t2, t1);
			Z3 = Fp.add(Z3, Z3);
			Z3 = Fp.add(Z3, Z3);
			return new Point(X3, Y3, Z3);
		}
		add(other) {
			aprjpoint(other);
			const { X: X1, Y: Y1, Z: Z1 } = this;
			const { X: X2, Y: Y2, Z: Z2 } = other;
			let X3 = Fp.ZERO, Y3 = Fp.ZERO, Z3 = Fp.ZERO;
			const a = CURVE.a;
			const b3 = Fp.mul(CURVE.b, _3n);
			let t0 = Fp.mul(X1, X2);
			let t1 = Fp.mul(Y1, Y2);
			let t2 = Fp.mul(Z1, Z2);
			let t3 = Fp.add(X1, Y1);
			let t4 = Fp.add(X2, Y2);
			t3 = Fp.mul(t3, t4);
			t4 = Fp.add(t0, t1);
			t3 = Fp.sub(t3, t4);
			t4 = Fp.add(X1, Z1);
			let t5 = Fp.add(X2, Z2);
			t4 = Fp.mul(t4, t5);
			t5 = Fp.add(t0, t2);
			t4 = Fp.sub(t4, t5);
			t5 = Fp.add(Y1, Z1);
			X3 = Fp.add(Y2, Z2);
			t5 = Fp.mul(t5, X3);
			X3 = Fp.add(t1, t2);
			t5 = Fp.sub(t5, X3);
			Z3 = Fp.mul(a, t4);
			X3 = Fp.mul(b3, t2);
			Z3 = Fp.add(X3, Z3);
			X3 = Fp.sub(t1, Z3);
			Z3 = Fp.add(t1, Z3);
			Y3 = Fp.mul(X3, Z3);
			t1 = Fp.add(t0, t0);
			t1 = Fp.add(t1, t0);
			t2 = Fp.mul(a, t2);
			t4 = Fp.mul(b3, t4);
			t1 = Fp.add(t1, t2);
			t2 = Fp.sub(t0, t2);
			t2 = Fp.mul(a, t2);
			t4 = Fp.add(t4, t2);
			t0 = Fp.mul(t1, t4);
			Y3 = Fp.add(Y3, t0);
			t0 = Fp.mul(t5, t4);
			X3 = Fp.mul(t3, X3);
			X3 = Fp.sub(X3, t0);
			t0 = Fp.mul(t3, t1);
			Z3 = Fp.mul(t5, Z3);
			Z3 = Fp.add(Z3, t0);
			return new Point(X3, Y3, Z3);
		}
		subtract(other) {
			return this.add(other.negate());
		}
		is0() {
			return this.equals(Point.ZERO);
		}
		/**
		* Constant time multiplication.
		* Uses wNAF method. Windowed method may be 10% faster,
		* but takes 2x longer to generate and consumes 2x memory.
		* Uses precomputes when available.
		* Uses endomorphism for Koblitz curves.
		* @param scalar by which the point would be multiplied
		* @returns New point
		*/
		multiply(scalar) {
			const { endo } = extraOpts;
			if (!Fn.isValidNot0(scalar)) throw new Error("invalid scalar: out of range");
			let point, fake;
			const mul = (n) => wnaf.cached(this, n, (p) => normalizeZ(Point, p));
			/** See docs for {@link EndomorphismOpts} */
			if (endo) {
				const { k1neg, k1, k2neg, k2 } = splitEndoScalarN(scalar);
				const { p: k1p, f: k1f } = mul(k1);
				const { p: k2p, f: k2f } = mul(k2);
				fake = k1f.add(k2f);
				point = finishEndo(endo.beta, k1p, k2p, k1neg, k2neg);
			} else {
				const { p, f } = mul(scalar);
				point = p;
				fake = f;
			}
			return normalizeZ(Point, [point, fake])[0];
		}
		/**
		* Non-constant-time multiplication. Uses double-and-add algorithm.
		* It's faster, but should only be used when you don't care about
		* an exposed secret key e.g. sig verification, which works over *public* keys.
		*/
		multiplyUnsafe(sc) {
			const { endo } = extraOpts;
			const p = this;
			if (!Fn.isValid(sc)) throw new Error("invalid scalar: out of range");
			if (sc === _0n || p.is0()) return Point.ZERO;
			if (sc === _1n) return p;
			if (wnaf.hasCache(this)) return this.multiply(sc);
			if (endo) {
				const { k1neg, k1, k2neg, k2 } = splitEndoScalarN(sc);
				const { p1, p2 } = mulEndoUnsafe(Point, p, k1, k2);
				return finishEndo(endo.beta, p1, p2, k1neg, k2neg);
			} else return wnaf.unsafe(p, sc);
		}
		multiplyAndAddUnsafe(Q, a, b) {
			const sum = this.multiplyUnsafe(a).add(Q.multiplyUnsafe(b));
			return sum.is0() ? void 0 : sum;
		}
		/**
		* Converts Projective point to affine (x, y) coordinates.
		* @param invertedZ Z^-1 (inverted zero) - optional, precomputation is useful for invertBatch
		*/
		toAffine(invertedZ) {
			return toAffineMemo(this, invertedZ);
		}
		/**
		* Checks whether Point is free of torsion elements (is in prime subgroup).
		* Always torsion-free for cofactor=1 curves.
		*/
		isTorsionFree() {
			const { isTorsionFree } = extraOpts;
			if (cofactor === _1n) return true;
			if (isTorsionFree) return isTorsionFree(Point, this);
			return wnaf.unsafe(this, CURVE_ORDER).is0();
		}
		clearCofactor() {
			const { clearCofactor } = extraOpts;
			if (cofactor === _1n) return this;
			if (clearCofactor) return clearCofactor(Point, this);
			return this.multiplyUnsafe(cofactor);
		}
		isSmallOrder() {
			return this.multiplyUnsafe(cofactor).is0();
		}
		toBytes(isCompressed = true) {
			_abool2(isCompressed, "isCompressed");
			this.assertValidity();
			return encodePoint(Point, this, isCompressed);
		}
		toHex(isCompressed = true) {
			return bytesToHex(this.toBytes(isCompressed));
		}
		toString() {
			return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
		}
		get px() {
			return this.X;
		}
		get py() {
			return this.X;
		}
		get pz() {
			return this.Z;
		}
		toRawBytes(isCompressed = true) {
			return this.toBytes(isCompressed);
		}
		_setWindowSize(windowSize) {
			this.precompute(windowSize);
		}
		static normalizeZ(points) {
			return normalizeZ(Point, points);
		}
		static msm(points, scalars) {
			return pippenger(Point, Fn, points, scalars);
		}
		static fromPrivateKey(privateKey) {
			return Point.BASE.multiply(_normFnElement(Fn, privateKey));
		}
	}
	Point.BASE = new Point(CURVE.Gx, CURVE.Gy, Fp.ONE);
	Point.ZERO = new Point(Fp.ZERO, Fp.ONE, Fp.ZERO);
	Point.Fp = Fp;
	Point.Fn = Fn;
	const bits = Fn.BITS;
	const wnaf = new wNAF(Point, extraOpts.endo ? Math.ceil(bits / 2) : bits);
	Point.BASE.precompute(8);
	return Point;
}
function pprefix(hasEvenY) {
	return Uint8Array.of(hasEvenY ? 2 : 3);
}
function getWLengths(Fp, Fn) {
	return {
		secretKey: Fn.BYTES,
		publicKey: 1 + Fp.BYTES,
		publicKeyUncompressed: 1 + 2 * Fp.BYTES,
		publicKeyHasPrefix: true,
		signature: 2 * Fn.BYTES
	};
}
/**
* Sometimes users only need getPublicKey, getSharedSecret, and secret key handling.
* This helper ensures no signature functionality is present. Less code, smaller bundle size.
*/
function ecdh(Point, ecdhOpts = {}) {
	const { Fn } = Point;
	const randomBytes_ = ecdhOpts.randomBytes || randomBytes;
	const lengths = Object.assign(getWLengths(Point.Fp, Fn), { seed: getMinHashLength(Fn.ORDER) });
	function isValidSecretKey(secretKey) {
		try {
			return !!_normFnElement(Fn, secretKey);
		} catch (error) {
			return false;
		}
	}
	function isValidPublicKey(publicKey, isCompressed) {
		const { publicKey: comp, publicKeyUncompressed } = lengths;
		try {
			const l = publicKey.length;
			if (isCompressed === true && l !== comp) return false;
			if (isCompressed === false && l !== publicKeyUncompressed) return false;
			return !!Point.fromBytes(publicKey);
		} catch (error) {
			return false;
		}
	}
	/**
	* Produces cryptographically secure secret key from random of size
	* (groupLen + ceil(groupLen / 2)) with modulo bias being negligible.
	*/
	function randomSecretKey(seed = randomBytes_(lengths.seed)) {
		return mapHashToField(_abytes2(seed, lengths.seed, "seed"), Fn.ORDER);
	}
	/**
	* Computes public key for a secret key. Checks for validity of the secret key.
	* @param isCompressed whether to return compact (default), or full key
	* @returns Public key, full when isCompressed=false; short when isCompressed=true
	*/
	function getPublicKey(secretKey, isCompressed = true) {
		return Point.BASE.multiply(_normFnElement(Fn, secretKey)).toBytes(isCompressed);
	}
	function keygen(seed) {
		const secretKey = randomSecretKey(seed);
		return {
			secretKey,
			publicKey: getPublicKey(secretKey)
		};
	}
	/**
	* Quick and dirty check for item being public key. Does not validate hex, or being on-curve.
	*/
	function isProbPub(item) {
		if (typeof item === "bigint") return false;
		if (item instanceof Point) return true;
		const { secretKey, publicKey, publicKeyUncompressed } = lengths;
		if (Fn.allowedLengths || secretKey === publicKey) return void 0;
		const l = ensureBytes("key", item).length;
		return l === publicKey || l === publicKeyUncompressed;
	}
	/**
	* ECDH (Elliptic Curve Diffie Hellman).
	* Computes shared public key from secret key A and public key B.
	* Checks: 1) secret key validity 2) shared key is on-curve.
	* Does NOT hash the result.
	* @param isCompressed whether to return compact (default), or full key
	* @returns shared public key
	*/
	function getSharedSecret(secretKeyA, publicKeyB, isCompressed = true) {
		if (isProbPub(secretKeyA) === true) throw new Error("first arg must be private key");
		if (isProbPub(publicKeyB) === false) throw new Error("second arg must be public key");
		const s = _normFnElement(Fn, secretKeyA);
		return Point.fromHex(publicKeyB).multiply(s).toBytes(isCompressed);
	}
	return Object.freeze({
		getPublicKey,
		getSharedSecret,
		keygen,
		Point,
		utils: {
			isValidSecretKey,
			isValidPublicKey,
			randomSecretKey,
			isValidPrivateKey: isValidSecretKey,
			randomPrivateKey: randomSecretKey,
			normPrivateKeyToScalar: (key) => _normFnElement(Fn, key),
			precompute(windowSize = 8, point = Point.BASE) {
				return point.precompute(windowSize, false);
			}
		},
		lengths
	});
}
/**
* Creates ECDSA signing interface for given elliptic curve `Point` and `hash` function.
* We need `hash` for 2 features:
* 1. Message prehash-ing. NOT used if `sign` / `verify` are called with `prehash: false`
* 2. k generation in `sign`, using HMAC-drbg(hash)
*
* ECDSAOpts are only rarely needed.
*
* @example
* ```js
* const p256_Point = weierstrass(...);
* const p256_sha256 = ecdsa(p256_Point, sha256);
* const p256_sha224 = ecdsa(p256_Point, sha224);
* const p256_sha224_r = ecdsa(p256_Point, sha224, { randomBytes: (length) => { ... } });
* ```
*/
function ecdsa(Point, hash, ecdsaOpts = {}) {
	ahash(hash);
	_validateObject(ecdsaOpts, {}, {
		hmac: "function",
		lowS: "boolean",
		randomBytes: "function",
		bits2int: "function",
		bits2int_modN: "function"
	});
	const randomBytes$1 = ecdsaOpts.randomBytes || randomBytes;
	const hmac$1 = ecdsaOpts.hmac || ((key, ...msgs) => hmac(hash, key, concatBytes(...msgs)));
	const { Fp, Fn } = Point;
	const { ORDER: CURVE_ORDER, BITS: fnBits } = Fn;
	const { keygen, getPublicKey, getSharedSecret, utils, lengths } = ecdh(Point, ecdsaOpts);
	const defaultSigOpts = {
		prehash: false,
		lowS: typeof ecdsaOpts.lowS === "boolean" ? ecdsaOpts.lowS : false,
		format: void 0,
		extraEntropy: false
	};
	const defaultSigOpts_format = "compact";
	function isBiggerThanHalfOrder(number) {
		return number > CURVE_ORDER >> _1n;
	}
	function validateRS(title, num) {
		if (!Fn.isValidNot0(num)) throw new Error(`invalid signature ${title}: out of range 1..Point.Fn.ORDER`);
		return num;
	}
	function validateSigLength(bytes, format) {
		validateSigFormat(format);
		const size = lengths.signature;
		return _abytes2(bytes, format === "compact" ? size : format === "recovered" ? size + 1 : void 0, `${format} signature`);
	}
	/**
	* ECDSA signature with its (r, s) properties. Supports compact, recovered & DER representations.
	*/
	class Signature {
		constructor(r, s, recovery) {
			this.r = validateRS("r", r);
			this.s = validateRS("s", s);
			if (recovery != null) this.recovery = recovery;
			Object.freeze(this);
		}
		static fromBytes(bytes, format = defaultSigOpts_format) {
			validateSigLength(bytes, format);
			let recid;
			if (format === "der") {
				const { r, s } = DER.toSig(_abytes2(bytes));
				return new Signature(r, s);
			}
			if (format === "recovered") {
				recid = bytes[0];
				format = "compact";
				bytes = bytes.subarray(1);
			}
			const L = Fn.BYTES;
			const r = bytes.subarray(0, L);
			const s = bytes.subarray(L, L * 2);
			return new Signature(Fn.fromBytes(r), Fn.fromBytes(s), recid);
		}
		static fromHex(hex, format) {
			return this.fromBytes(hexToBytes(hex), format);
		}
		addRecoveryBit(recovery) {
			return new Signature(this.r, this.s, recovery);
		}
		recoverPublicKey(messageHash) {
			const FIELD_ORDER = Fp.ORDER;
			const { r, s, recovery: rec } = this;
			if (rec == null || ![
				0,
				1,
				2,
				3
			].includes(rec)) throw new Error("recovery id invalid");
			if (CURVE_ORDER * _2n$1 < FIELD_ORDER && rec > 1) throw new Error("recovery id is ambiguous for h>1 curve");
			const radj = rec === 2 || rec === 3 ? r + CURVE_ORDER : r;
			if (!Fp.isValid(radj)) throw new Error("recovery id 2 or 3 invalid");
			const x = Fp.toBytes(radj);
			const R = Point.fromBytes(concatBytes(pprefix((rec & 1) === 0), x));
			const ir = Fn.inv(radj);
			const h = bits2int_modN(ensureBytes("msgHash", messageHash));
			const u1 = Fn.create(-h * ir);
			const u2 = Fn.create(s * ir);
			const Q = Point.BASE.multiplyUnsafe(u1).add(R.multiplyUnsafe(u2));
			if (Q.is0()) throw new Error("point at infinify");
			Q.assertValidity();
			return Q;
		}
		hasHighS() {
			return isBiggerThanHalfOrder(this.s);
		}
		toBytes(format = defaultSigOpts_format) {
			validateSigFormat(format);
			if (format === "der") return hexToBytes(DER.hexFromSig(this));
			const r = Fn.toBytes(this.r);
			const s = Fn.toBytes(this.s);
			if (format === "recovered") {
				if (this.recovery == null) throw new Error("recovery bit must be present");
				return concatBytes(Uint8Array.of(this.recovery), r, s);
			}
			return concatBytes(r, s);
		}
		toHex(format) {
			return bytesToHex(this.toBytes(format));
		}
		assertValidity() {}
		static fromCompact(hex) {
			return Signature.fromBytes(ensureBytes("sig", hex), "compact");
		}
		static fromDER(hex) {
			return Signature.fromBytes(ensureBytes("sig", hex), "der");
		}
		normalizeS() {
			return this.hasHighS() ? new Signature(this.r, Fn.neg(this.s), this.recovery) : this;
		}
		toDERRawBytes() {
			return this.toBytes("der");
		}
		toDERHex() {
			return bytesToHex(this.toBytes("der"));
		}
		toCompactRawBytes() {
			return this.toBytes("compact");
		}
		toCompactHex() {
			return bytesToHex(this.toBytes("compact"));
		}
	}
	const bits2int = ecdsaOpts.bits2int || function bits2int_def(bytes) {
		if (bytes.length > 8192) throw new Error("input is too large");
		const num = bytesToNumberBE(bytes);
		const delta = bytes.length * 8 - fnBits;
		return delta > 0 ? num >> BigInt(delta) : num;
	};
	const bits2int_modN = ecdsaOpts.bits2int_modN || function bits2int_modN_def(bytes) {
		return Fn.create(bits2int(bytes));
	};
	const ORDER_MASK = bitMask(fnBits);
	/** Converts to bytes. Checks if num in `[0..ORDER_MASK-1]` e.g.: `[0..2^256-1]`. */
	function int2octets(num) {
		aInRange("num < 2^" + fnBits, num, _0n, ORDER_MASK);
		return Fn.toBytes(num);
	}
	function validateMsgAndHash(message, prehash) {
		_abytes2(message, void 0, "message");
		return prehash ? _abytes2(hash(message), void 0, "prehashed message") : message;
	}
	/**
	* Steps A, D of RFC6979 3.2.
	* Creates RFC6979 seed; converts msg/privKey to numbers.
	* Used only in sign, not in verify.
	*
	* Warning: we cannot assume here that message has same amount of bytes as curve order,
	* this will be invalid at least for P521. Also it can be bigger for P224 + SHA256.
	*/
	function prepSig(message, privateKey, opts) {
		if (["recovered", "canonical"].some((k) => k in opts)) throw new Error("sign() legacy options not supported");
		const { lowS, prehash, extraEntropy } = validateSigOpts(opts, defaultSigOpts);
		message = validateMsgAndHash(message, prehash);
		const h1int = bits2int_modN(message);
		const d = _normFnElement(Fn, privateKey);
		const seedArgs = [int2octets(d), int2octets(h1int)];
		if (extraEntropy != null && extraEntropy !== false) {
			const e = extraEntropy === true ? randomBytes$1(lengths.secretKey) : extraEntropy;
			seedArgs.push(ensureBytes("extraEntropy", e));
		}
		const seed = concatBytes(...seedArgs);
		const m = h1int;
		function k2sig(kBytes) {
			const k = bits2int(kBytes);
			if (!Fn.isValidNot0(k)) return;
			const ik = Fn.inv(k);
			const q = Point.BASE.multiply(k).toAffine();
			const r = Fn.create(q.x);
			if (r === _0n) return;
			const s = Fn.create(ik * Fn.create(m + r * d));
			if (s === _0n) return;
			let recovery = (q.x === r ? 0 : 2) | Number(q.y & _1n);
			let normS = s;
			if (lowS && isBiggerThanHalfOrder(s)) {
				normS = Fn.neg(s);
				recovery ^= 1;
			}
			return new Signature(r, normS, recovery);
		}
		return {
			seed,
			k2sig
		};
	}
	/**
	* Signs message hash with a secret key.
	*
	* ```
	* sign(m, d) where
	*   k = rfc6979_hmac_drbg(m, d)
	*   (x, y) = G × k
	*   r = x mod n
	*   s = (m + dr) / k mod n
	* ```
	*/
	function sign(message, secretKey, opts = {}) {
		message = ensureBytes("message", message);
		const { seed, k2sig } = prepSig(message, secretKey, opts);
		return createHmacDrbg(hash.outputLen, Fn.BYTES, hmac$1)(seed, k2sig);
	}
	function tryParsingSig(sg) {
		let sig = void 0;
		const isHex = typeof sg === "string" || isBytes(sg);
		const isObj = !isHex && sg !== null && typeof sg === "object" && typeof sg.r === "bigint" && typeof sg.s === "bigint";
		if (!isHex && !isObj) throw new Error("invalid signature, expected Uint8Array, hex string or Signature instance");
		if (isObj) sig = new Signature(sg.r, sg.s);
		else if (isHex) {
			try {
				sig = Signature.fromBytes(ensureBytes("sig", sg), "der");
			} catch (derError) {
				if (!(derError instanceof DER.Err)) throw derError;
			}
			if (!sig) try {
				sig = Signature.fromBytes(ensureBytes("sig", sg), "compact");
			} catch (error) {
				return false;
			}
		}
		if (!sig) return false;
		return sig;
	}
	/**
	* Verifies a signature against message and public key.
	* Rejects lowS signatures by default: see {@link ECDSAVerifyOpts}.
	* Implements section 4.1.4 from https://www.secg.org/sec1-v2.pdf:
	*
	* ```
	* verify(r, s, h, P) where
	*   u1 = hs^-1 mod n
	*   u2 = rs^-1 mod n
	*   R = u1⋅G + u2⋅P
	*   mod(R.x, n) == r
	* ```
	*/
	function verify(signature, message, publicKey, opts = {}) {
		const { lowS, prehash, format } = validateSigOpts(opts, defaultSigOpts);
		publicKey = ensureBytes("publicKey", publicKey);
		message = validateMsgAndHash(ensureBytes("message", message), prehash);
		if ("strict" in opts) throw new Error("options.strict was renamed to lowS");
		const sig = format === void 0 ? tryParsingSig(signature) : Signature.fromBytes(ensureBytes("sig", signature), format);
		if (sig === false) return false;
		try {
			const P = Point.fromBytes(publicKey);
			if (lowS && sig.hasHighS()) return false;
			const { r, s } = sig;
			const h = bits2int_modN(message);
			const is = Fn.inv(s);
			const u1 = Fn.create(h * is);
			const u2 = Fn.create(r * is);
			const R = Point.BASE.multiplyUnsafe(u1).add(P.multiplyUnsafe(u2));
			if (R.is0()) return false;
			return Fn.create(R.x) === r;
		} catch (e) {
			return false;
		}
	}
	function recoverPublicKey(signature, message, opts = {}) {
		const { prehash } = validateSigOpts(opts, defaultSigOpts);
		message = validateMsgAndHash(message, prehash);
		return Signature.fromBytes(signature, "recovered").recoverPublicKey(message).toBytes();
	}
	return Object.freeze({
		keygen,
		getPublicKey,
		getSharedSecret,
		utils,
		lengths,
		Point,
		sign,
		verify,
		recoverPublicKey,
		Signature,
		hash
	});
}
function _weierstrass_legacy_opts_to_new(c) {
	const CURVE = {
		a: c.a,
		b: c.b,
		p: c.Fp.ORDER,
		n: c.n,
		h: c.h,
		Gx: c.Gx,
		Gy: c.Gy
	};
	const Fp = c.Fp;
	let allowedLengths = c.allowedPrivateKeyLengths ? Array.from(new Set(c.allowedPrivateKeyLengths.map((l) => Math.ceil(l / 2)))) : void 0;
	return {
		CURVE,
		curveOpts: {
			Fp,
			Fn: Field(CURVE.n, {
				BITS: c.nBitLength,
				allowedLengths,
				modFromBytes: c.wrapPrivateKey
			}),
			allowInfinityPoint: c.allowInfinityPoint,
			endo: c.endo,
			isTorsionFree: c.isTorsionFree,
			clearCofactor: c.clearCofactor,
			fromBytes: c.fromBytes,
			toBytes: c.toBytes
		}
	};
}
function _ecdsa_legacy_opts_to_new(c) {
	const { CURVE, curveOpts } = _weierstrass_legacy_opts_to_new(c);
	const ecdsaOpts = {
		hmac: c.hmac,
		randomBytes: c.randomBytes,
		lowS: c.lowS,
		bits2int: c.bits2int,
		bits2int_modN: c.bits2int_modN
	};
	return {
		CURVE,
		curveOpts,
		hash: c.hash,
		ecdsaOpts
	};
}
function _ecdsa_new_output_to_legacy(c, _ecdsa) {
	const Point = _ecdsa.Point;
	return Object.assign({}, _ecdsa, {
		ProjectivePoint: Point,
		CURVE: Object.assign({}, c, nLength(Point.Fn.ORDER, Point.Fn.BITS))
	});
}
function weierstrass(c) {
	const { CURVE, curveOpts, hash, ecdsaOpts } = _ecdsa_legacy_opts_to_new(c);
	return _ecdsa_new_output_to_legacy(c, ecdsa(weierstrassN(CURVE, curveOpts), hash, ecdsaOpts));
}
var divNearest, DERErr, DER, _0n, _1n, _2n$1, _3n, _4n;
var init_weierstrass = __esmMin((() => {
	init_hmac();
	init_utils$1();
	init_utils();
	init_curve();
	init_modular();
	divNearest = (num, den) => (num + (num >= 0 ? den : -den) / _2n$1) / den;
	DERErr = class extends Error {
		constructor(m = "") {
			super(m);
		}
	};
	DER = {
		Err: DERErr,
		_tlv: {
			encode: (tag, data) => {
				const { Err: E } = DER;
				if (tag < 0 || tag > 256) throw new E("tlv.encode: wrong tag");
				if (data.length & 1) throw new E("tlv.encode: unpadded data");
				const dataLen = data.length / 2;
				const len = numberToHexUnpadded(dataLen);
				if (len.length / 2 & 128) throw new E("tlv.encode: long form length too big");
				const lenLen = dataLen > 127 ? numberToHexUnpadded(len.length / 2 | 128) : "";
				return numberToHexUnpadded(tag) + lenLen + len + data;
			},
			decode(tag, data) {
				const { Err: E } = DER;
				let pos = 0;
				if (tag < 0 || tag > 256) throw new E("tlv.encode: wrong tag");
				if (data.length < 2 || data[pos++] !== tag) throw new E("tlv.decode: wrong tlv");
				const first = data[pos++];
				const isLong = !!(first & 128);
				let length = 0;
				if (!isLong) length = first;
				else {
					const lenLen = first & 127;
					if (!lenLen) throw new E("tlv.decode(long): indefinite length not supported");
					if (lenLen > 4) throw new E("tlv.decode(long): byte length is too big");
					const lengthBytes = data.subarray(pos, pos + lenLen);
					if (lengthBytes.length !== lenLen) throw new E("tlv.decode: length bytes not complete");
					if (lengthBytes[0] === 0) throw new E("tlv.decode(long): zero leftmost byte");
					for (const b of lengthBytes) length = length << 8 | b;
					pos += lenLen;
					if (length < 128) throw new E("tlv.decode(long): not minimal encoding");
				}
				const v = data.subarray(pos, pos + length);
				if (v.length !== length) throw new E("tlv.decode: wrong value length");
				return {
					v,
					l: data.subarray(pos + length)
				};
			}
		},
		_int: {
			encode(num) {
				const { Err: E } = DER;
				if (num < _0n) throw new E("integer: negative integers are not allowed");
				let hex = numberToHexUnpadded(num);
				if (Number.parseInt(hex[0], 16) & 8) hex = "00" + hex;
				if (hex.length & 1) throw new E("unexpected DER parsing assertion: unpadded hex");
				return hex;
			},
			decode(data) {
				const { Err: E } = DER;
				if (data[0] & 128) throw new E("invalid signature integer: negative");
				if (data[0] === 0 && !(data[1] & 128)) throw new E("invalid signature integer: unnecessary leading zero");
				return bytesToNumberBE(data);
			}
		},
		toSig(hex) {
			const { Err: E, _int: int, _tlv: tlv } = DER;
			const data = ensureBytes("signature", hex);
			const { v: seqBytes, l: seqLeftBytes } = tlv.decode(48, data);
			if (seqLeftBytes.length) throw new E("invalid signature: left bytes after parsing");
			const { v: rBytes, l: rLeftBytes } = tlv.decode(2, seqBytes);
			const { v: sBytes, l: sLeftBytes } = tlv.decode(2, rLeftBytes);
			if (sLeftBytes.length) throw new E("invalid signature: left bytes after parsing");
			return {
				r: int.decode(rBytes),
				s: int.decode(sBytes)
			};
		},
		hexFromSig(sig) {
			const { _tlv: tlv, _int: int } = DER;
			const seq = tlv.encode(2, int.encode(sig.r)) + tlv.encode(2, int.encode(sig.s));
			return tlv.encode(48, seq);
		}
	};
	_0n = BigInt(0);
	_1n = BigInt(1);
	_2n$1 = BigInt(2);
	_3n = BigInt(3);
	_4n = BigInt(4);
}));
// node_modules/@noble/curves/esm/_shortw_utils.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
/** @deprecated use new `weierstrass()` and `ecdsa()` methods */
function createCurve(curveDef, defHash) {
	const create = (hash) => weierstrass({
		...curveDef,
		hash
	});
	return {
		...create(defHash),
		create
	};
}
var init__shortw_utils = __esmMin((() => {
	init_weierstrass();
}));
// node_modules/@noble/curves/esm/secp256k1.js
/*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) */
/**
* √n = n^((p+1)/4) for fields p = 3 mod 4. We unwrap the loop and multiply bit-by-bit.
* (P+1n/4n).toString(2) would produce bits [223x 1, 0, 22x 1, 4x 0, 11, 00]
*/
function sqrtMod(y) {
	const P = secp256k1_CURVE.p;
	const _3n = BigInt(3), _6n = BigInt(6), _11n = BigInt(11), _22n = BigInt(22);
	const _23n = BigInt(23), _44n = BigInt(44), _88n = BigInt(88);
	const b2 = y * y * y % P;
	const b3 = b2 * b2 * y % P;
	const b11 = pow2(pow2(pow2(b3, _3n, P) * b3 % P, _3n, P) * b3 % P, _2n, P) * b2 % P;
	const b22 = pow2(b11, _11n, P) * b11 % P;
	const b44 = pow2(b22, _22n, P) * b22 % P;
	const b88 = pow2(b44, _44n, P) * b44 % P;
	const root = pow2(pow2(pow2(pow2(pow2(pow2(b88, _88n, P) * b88 % P, _44n, P) * b44 % P, _3n, P) * b3 % P, _23n, P) * b22 % P, _6n, P) * b2 % P, _2n, P);
	if (!Fpk1.eql(Fpk1.sqr(root), y)) throw new Error("Cannot find square root");
	return root;
}
var secp256k1_CURVE, secp256k1_ENDO, _2n, Fpk1, secp256k1;
var init_secp256k1 = __esmMin((() => {
	init_sha2();
	init__shortw_utils();
	init_modular();
	secp256k1_CURVE = {
		p: BigInt("0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"),
		n: BigInt("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"),
		h: BigInt(1),
		a: BigInt(0),
		b: BigInt(7),
		Gx: BigInt("0x79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
		Gy: BigInt("0x483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8")
	};
	secp256k1_ENDO = {
		beta: BigInt("0x7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501ee"),
		basises: [[BigInt("0x3086d221a7d46bcde86c90e49284eb15"), -BigInt("0xe4437ed6010e88286f547fa90abfe4c3")], [BigInt("0x114ca50f7a8e2f3f657c1108d9d44cfd8"), BigInt("0x3086d221a7d46bcde86c90e49284eb15")]]
	};
	_2n = /* @__PURE__ */ BigInt(2);
	Fpk1 = Field(secp256k1_CURVE.p, { sqrt: sqrtMod });
	secp256k1 = createCurve({
		...secp256k1_CURVE,
		Fp: Fpk1,
		lowS: true,
		endo: secp256k1_ENDO
	}, sha256$1);
}));
// node_modules/@solana/web3.js/lib/index.browser.esm.js
function isOnCurve(publicKey) {
	try {
		ed25519.ExtendedPoint.fromHex(publicKey);
		return true;
	} catch {
		return false;
	}
}
/**
* Value to be converted into public key
*/
/**
* JSON object representation of PublicKey class
*/
function isPublicKeyData(value) {
	return value._bn !== void 0;
}
function getAlloc(type, fields) {
	const getItemAlloc = (item) => {
		if (item.span >= 0) return item.span;
		else if (typeof item.alloc === "function") return item.alloc(fields[item.property]);
		else if ("count" in item && "elementLayout" in item) {
			const field = fields[item.property];
			if (Array.isArray(field)) return field.length * getItemAlloc(item.elementLayout);
		} else if ("fields" in item) return getAlloc({ layout: item }, fields[item.property]);
		return 0;
	};
	let alloc = 0;
	type.layout.fields.forEach((item) => {
		alloc += getItemAlloc(item);
	});
	return alloc;
}
function decodeLength(bytes) {
	let len = 0;
	let size = 0;
	for (;;) {
		let elem = bytes.shift();
		len |= (elem & 127) << size * 7;
		size += 1;
		if ((elem & 128) === 0) break;
	}
	return len;
}
function encodeLength(bytes, len) {
	let rem_len = len;
	for (;;) {
		let elem = rem_len & 127;
		rem_len >>= 7;
		if (rem_len == 0) {
			bytes.push(elem);
			break;
		} else {
			elem |= 128;
			bytes.push(elem);
		}
	}
}
function assert(condition, message) {
	if (!condition) throw new Error(message || "Assertion failed");
}
/**
* Delegates to `Array#shift`, but throws if the array is zero-length.
*/
function guardedShift(byteArray) {
	if (byteArray.length === 0) throw new Error(END_OF_BUFFER_ERROR_MESSAGE);
	return byteArray.shift();
}
/**
* Delegates to `Array#splice`, but throws if the section being spliced out extends past the end of
* the array.
*/
function guardedSplice(byteArray, ...args) {
	const [start] = args;
	if (args.length === 2 ? start + (args[1] ?? 0) > byteArray.length : start >= byteArray.length) throw new Error(END_OF_BUFFER_ERROR_MESSAGE);
	return byteArray.splice(...args);
}
function decodeU32(byteArray) {
	const bytes = guardedSplice(byteArray, 0, 4);
	return bytes[0] + bytes[1] * 256 + bytes[2] * 2 ** 16 + bytes[3] * 2 ** 24;
}
function decodeU64(byteArray) {
	const bytes = guardedSplice(byteArray, 0, 8);
	let value = BigInt(0);
	for (let i = bytes.length - 1; i >= 0; i--) value = value << BigInt(8) | BigInt(bytes[i]);
	assert(value <= BigInt(Number.MAX_SAFE_INTEGER), "Expected u64 value to be within the safe integer range");
	return Number(value);
}
/**
* Sign, send and confirm a transaction.
*
* If `commitment` option is not specified, defaults to 'max' commitment.
*
* @param {Connection} connection
* @param {Transaction} transaction
* @param {Array<Signer>} signers
* @param {ConfirmOptions} [options]
* @returns {Promise<TransactionSignature>}
*/
async function sendAndConfirmTransaction(connection, transaction, signers, options) {
	const sendOptions = options && {
		skipPreflight: options.skipPreflight,
		preflightCommitment: options.preflightCommitment || options.commitment,
		maxRetries: options.maxRetries,
		minContextSlot: options.minContextSlot
	};
	const signature = await connection.sendTransaction(transaction, signers, sendOptions);
	let status;
	if (transaction.recentBlockhash != null && transaction.lastValidBlockHeight != null) status = (await connection.confirmTransaction({
		abortSignal: options?.abortSignal,
		signature,
		blockhash: transaction.recentBlockhash,
		lastValidBlockHeight: transaction.lastValidBlockHeight
	}, options && options.commitment)).value;
	else if (transaction.minNonceContextSlot != null && transaction.nonceInfo != null) {
		const { nonceInstruction } = transaction.nonceInfo;
		const nonceAccountPubkey = nonceInstruction.keys[0].pubkey;
		status = (await connection.confirmTransaction({
			abortSignal: options?.abortSignal,
			minContextSlot: transaction.minNonceContextSlot,
			nonceAccountPubkey,
			nonceValue: transaction.nonceInfo.nonce,
			signature
		}, options && options.commitment)).value;
	} else {
		if (options?.abortSignal != null) console.warn("sendAndConfirmTransaction(): A transaction with a deprecated confirmation strategy was supplied along with an `abortSignal`. Only transactions having `lastValidBlockHeight` or a combination of `nonceInfo` and `minNonceContextSlot` are abortable.");
		status = (await connection.confirmTransaction(signature, options && options.commitment)).value;
	}
	if (status.err) {
		if (signature != null) throw new SendTransactionError({
			action: "send",
			signature,
			transactionMessage: `Status: (${JSON.stringify(status)})`
		});
		throw new Error(`Transaction ${signature} failed (${JSON.stringify(status)})`);
	}
	return signature;
}
function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
/**
* @internal
*/
/**
* Populate a buffer of instruction data using an InstructionType
* @internal
*/
function encodeData(type, fields) {
	const allocLength = type.layout.span >= 0 ? type.layout.span : getAlloc(type, fields);
	const data = import_buffer.Buffer.alloc(allocLength);
	const layoutFields = Object.assign({ instruction: type.index }, fields);
	type.layout.encode(layoutFields, data);
	return data;
}
function u64(property) {
	const layout = (0, import_Layout$1.blob)(8, property);
	const decode = layout.decode.bind(layout);
	const encode = layout.encode.bind(layout);
	const bigIntLayout = layout;
	const codec = getU64Codec();
	bigIntLayout.decode = (buffer, offset) => {
		const src = decode(buffer, offset);
		return codec.decode(src);
	};
	bigIntLayout.encode = (bigInt, buffer, offset) => {
		const src = codec.encode(bigInt);
		return encode(src, buffer, offset);
	};
	return bigIntLayout;
}
function getDefaultExportFromCjs(x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
function requireFastStableStringify() {
	if (hasRequiredFastStableStringify) return fastStableStringify$1;
	hasRequiredFastStableStringify = 1;
	var objToString = Object.prototype.toString;
	var objKeys = Object.keys || function(obj) {
		var keys = [];
		for (var name in obj) keys.push(name);
		return keys;
	};
	function stringify(val, isArrayProp) {
		var i, max, str, keys, key, propVal, toStr;
		if (val === true) return "true";
		if (val === false) return "false";
		switch (typeof val) {
			case "object": if (val === null) return null;
			else if (val.toJSON && typeof val.toJSON === "function") return stringify(val.toJSON(), isArrayProp);
			else {
				toStr = objToString.call(val);
				if (toStr === "[object Array]") {
					str = "[";
					max = val.length - 1;
					for (i = 0; i < max; i++) str += stringify(val[i], true) + ",";
					if (max > -1) str += stringify(val[i], true);
					return str + "]";
				} else if (toStr === "[object Object]") {
					keys = objKeys(val).sort();
					max = keys.length;
					str = "";
					i = 0;
					while (i < max) {
						key = keys[i];
						propVal = stringify(val[key], false);
						if (propVal !== void 0) {
							if (str) str += ",";
							str += JSON.stringify(key) + ":" + propVal;
						}
						i++;
					}
					return "{" + str + "}";
				} else return JSON.stringify(val);
			}
			case "function":
			case "undefined": return isArrayProp ? null : void 0;
			case "string": return JSON.stringify(val);
			default: return isFinite(val) ? val : null;
		}
	}
	fastStableStringify$1 = function(val) {
		var returnVal = stringify(val, false);
		if (returnVal !== void 0) return "" + returnVal;
	};
	return fastStableStringify$1;
}
function trailingZeros(n) {
	let trailingZeros = 0;
	while (n > 1) {
		n /= 2;
		trailingZeros++;
	}
	return trailingZeros;
}
function nextPowerOfTwo(n) {
	if (n === 0) return 1;
	n--;
	n |= n >> 1;
	n |= n >> 2;
	n |= n >> 4;
	n |= n >> 8;
	n |= n >> 16;
	n |= n >> 32;
	return n + 1;
}
/**
* @internal
*/
/**
* Decode account data buffer using an AccountType
* @internal
*/
function decodeData(type, data) {
	let decoded;
	try {
		decoded = type.layout.decode(data);
	} catch (err) {
		throw new Error("invalid instruction; " + err);
	}
	if (decoded.typeIndex !== type.index) throw new Error(`invalid account data; account type mismatch ${decoded.typeIndex} != ${type.index}`);
	return decoded;
}
function makeWebsocketUrl(endpoint) {
	const matches = endpoint.match(URL_RE);
	if (matches == null) throw TypeError(`Failed to validate endpoint URL \`${endpoint}\``);
	const [_, hostish, portWithColon, rest] = matches;
	const protocol = endpoint.startsWith("https:") ? "wss:" : "ws:";
	const startPort = portWithColon == null ? null : parseInt(portWithColon.slice(1), 10);
	return `${protocol}//${hostish}${startPort == null ? "" : `:${startPort + 1}`}${rest}`;
}
/**
* HACK.
* Copied from rpc-websockets/dist/lib/client.
* Otherwise, `yarn build` fails with:
* https://gist.github.com/steveluscher/c057eca81d479ef705cdb53162f9971d
*/
/** @internal */
/** @internal */
/** @internal */
/** @internal */
/** @internal */
/**
* @internal
* Every subscription contains the args used to open the subscription with
* the server, and a list of callers interested in notifications.
*/
/**
* @internal
* A subscription may be in various states of connectedness. Only when it is
* fully connected will it have a server subscription id associated with it.
* This id can be returned to the server to unsubscribe the client entirely.
*/
/**
* A type that encapsulates a subscription's RPC method
* names and notification (callback) signature.
*/
/**
* @internal
* Utility type that keeps tagged unions intact while omitting properties.
*/
/**
* @internal
* This type represents a single subscribable 'topic.' It's made up of:
*
* - The args used to open the subscription with the server,
* - The state of the subscription, in terms of its connectedness, and
* - The set of callbacks to call when the server publishes notifications
*
* This record gets indexed by `SubscriptionConfigHash` and is used to
* set up subscriptions, fan out notifications, and track subscription state.
*/
/**
* @internal
*/
/**
* Extra contextual information for RPC responses
*/
/**
* Options for sending transactions
*/
/**
* Options for confirming transactions
*/
/**
* Options for getConfirmedSignaturesForAddress2
*/
/**
* Options for getSignaturesForAddress
*/
/**
* RPC Response with extra contextual information
*/
/**
* A strategy for confirming transactions that uses the last valid
* block height for a given blockhash to check for transaction expiration.
*/
/**
* A strategy for confirming durable nonce transactions.
*/
/**
* Properties shared by all transaction confirmation strategies
*/
/**
* This type represents all transaction confirmation strategies
*/
function assertEndpointUrl(putativeUrl) {
	if (/^https?:/.test(putativeUrl) === false) throw new TypeError("Endpoint URL must start with `http:` or `https:`.");
	return putativeUrl;
}
/** @internal */
function extractCommitmentFromConfig(commitmentOrConfig) {
	let commitment;
	let config;
	if (typeof commitmentOrConfig === "string") commitment = commitmentOrConfig;
	else if (commitmentOrConfig) {
		const { commitment: specifiedCommitment, ...specifiedConfig } = commitmentOrConfig;
		commitment = specifiedCommitment;
		config = specifiedConfig;
	}
	return {
		commitment,
		config
	};
}
/**
* @internal
*/
function applyDefaultMemcmpEncodingToFilters(filters) {
	return filters.map((filter) => "memcmp" in filter ? {
		...filter,
		memcmp: {
			...filter.memcmp,
			encoding: filter.memcmp.encoding ?? "base58"
		}
	} : filter);
}
/**
* @internal
*/
function createRpcResult(result) {
	return union([type({
		jsonrpc: literal("2.0"),
		id: string(),
		result
	}), type({
		jsonrpc: literal("2.0"),
		id: string(),
		error: type({
			code: unknown(),
			message: string(),
			data: optional(any())
		})
	})]);
}
/**
* @internal
*/
function jsonRpcResult(schema) {
	return coerce(createRpcResult(schema), UnknownRpcResult, (value) => {
		if ("error" in value) return value;
		else return {
			...value,
			result: create(value.result, schema)
		};
	});
}
/**
* @internal
*/
function jsonRpcResultAndContext(value) {
	return jsonRpcResult(type({
		context: type({ slot: number() }),
		value
	}));
}
/**
* @internal
*/
function notificationResultAndContext(value) {
	return type({
		context: type({ slot: number() }),
		value
	});
}
/**
* @internal
*/
function versionedMessageFromResponse(version, response) {
	if (version === 0) return new MessageV0({
		header: response.header,
		staticAccountKeys: response.accountKeys.map((accountKey) => new PublicKey(accountKey)),
		recentBlockhash: response.recentBlockhash,
		compiledInstructions: response.instructions.map((ix) => ({
			programIdIndex: ix.programIdIndex,
			accountKeyIndexes: ix.accounts,
			data: import_bs58.default.decode(ix.data)
		})),
		addressTableLookups: response.addressTableLookups
	});
	else if (version === 1) {
		const transactionConfig = response.transactionConfig;
		if (transactionConfig == null) throw new Error("Expected a version 1 transaction message response to have a `transactionConfig`");
		return new MessageV1({
			header: response.header,
			staticAccountKeys: response.accountKeys.map((accountKey) => new PublicKey(accountKey)),
			recentBlockhash: response.recentBlockhash,
			compiledInstructions: response.instructions.map((ix) => ({
				programIdIndex: ix.programIdIndex,
				accountKeyIndexes: ix.accounts,
				data: import_bs58.default.decode(ix.data)
			})),
			transactionConfig
		});
	} else return new Message(response);
}
/**
* A performance sample
*/
function createRpcClient(url, httpHeaders, customFetch, fetchMiddleware, disableRetryOnRateLimit, httpAgent) {
	const fetch = customFetch ? customFetch : fetchImpl;
	let agent;
	if (httpAgent != null) console.warn("You have supplied an `httpAgent` when creating a `Connection` in a browser environment.It has been ignored; `httpAgent` is only used in Node environments.");
	let fetchWithMiddleware;
	if (fetchMiddleware) fetchWithMiddleware = async (info, init) => {
		const modifiedFetchArgs = await new Promise((resolve, reject) => {
			try {
				fetchMiddleware(info, init, (modifiedInfo, modifiedInit) => resolve([modifiedInfo, modifiedInit]));
			} catch (error) {
				reject(error);
			}
		});
		return await fetch(...modifiedFetchArgs);
	};
	return new import_browser.default(async (request, callback) => {
		const options = {
			method: "POST",
			body: request,
			agent,
			headers: Object.assign({ "Content-Type": "application/json" }, httpHeaders || {}, COMMON_HTTP_HEADERS)
		};
		try {
			let too_many_requests_retries = 5;
			let res;
			let waitTime = 500;
			for (;;) {
				if (fetchWithMiddleware) res = await fetchWithMiddleware(url, options);
				else res = await fetch(url, options);
				if (res.status !== 429) break;
				if (disableRetryOnRateLimit === true) break;
				too_many_requests_retries -= 1;
				if (too_many_requests_retries === 0) break;
				console.error(`Server responded with ${res.status} ${res.statusText}.  Retrying after ${waitTime}ms delay...`);
				await sleep(waitTime);
				waitTime *= 2;
			}
			const text = await res.text();
			if (res.ok) callback(null, text);
			else callback(/* @__PURE__ */ new Error(`${res.status} ${res.statusText}: ${text}`));
		} catch (err) {
			if (err instanceof Error) callback(err);
		}
	}, {});
}
function createRpcRequest(client) {
	return (method, args) => {
		return new Promise((resolve, reject) => {
			client.request(method, args, (err, response) => {
				if (err) {
					reject(err);
					return;
				}
				resolve(response);
			});
		});
	};
}
function createRpcBatchRequest(client) {
	return (requests) => {
		return new Promise((resolve, reject) => {
			if (requests.length === 0) resolve([]);
			const batch = requests.map((params) => {
				return client.request(params.methodName, params.args);
			});
			client.request(batch, (err, response) => {
				if (err) {
					reject(err);
					return;
				}
				resolve(response);
			});
		});
	};
}
var import_buffer, import_bn, import_bs58, import_lib, import_Layout, import_Layout$1, import_browser, generateKeypair, getPublicKey, sign, verify, toBuffer, Struct, SOLANA_SCHEMA, _PublicKey, uniquePublicKeyCounter, PublicKey, PACKET_DATA_SIZE, TransactionExpiredBlockheightExceededError, TransactionExpiredTimeoutError, TransactionExpiredNonceInvalidError, MessageAccountKeys, publicKey, signature, rustString, authorized, lockup, voteInit, voteAuthorizeWithSeedArgs, CompiledKeys, END_OF_BUFFER_ERROR_MESSAGE, Message, MessageV0, CONFIG_MASK_PRIORITY_FEE_BITS, CONFIG_MASK_COMPUTE_UNIT_LIMIT_BIT, CONFIG_MASK_LOADED_ACCOUNTS_DATA_SIZE_LIMIT_BIT, CONFIG_MASK_HEAP_SIZE_BIT, MessageV1, VersionedMessage, TransactionStatus, DEFAULT_SIGNATURE, TransactionInstruction, Transaction, VersionedTransaction, MS_PER_SLOT, SYSVAR_CLOCK_PUBKEY, SYSVAR_RECENT_BLOCKHASHES_PUBKEY, SYSVAR_RENT_PUBKEY, SYSVAR_STAKE_HISTORY_PUBKEY, SendTransactionError, SolanaJSONRPCError, FeeCalculatorLayout, NonceAccountLayout, NONCE_ACCOUNT_LENGTH, NonceAccount, SYSTEM_INSTRUCTION_LAYOUTS, SystemProgram, CHUNK_SIZE, Loader, fastStableStringify$1, hasRequiredFastStableStringify, fastStableStringify, MINIMUM_SLOT_PER_EPOCH, EpochSchedule, fetchImpl, RpcWebSocketClient, LOOKUP_TABLE_META_SIZE, AddressLookupTableAccount, LookupTableMetaLayout, URL_RE, PublicKeyFromString, RawAccountDataResult, BufferFromRawAccountData, BLOCKHASH_CACHE_TIMEOUT_MS, UnknownRpcResult, GetInflationGovernorResult, GetInflationRewardResult, GetRecentPrioritizationFeesResult, GetInflationRateResult, GetEpochInfoResult, GetEpochScheduleResult, GetLeaderScheduleResult, TransactionErrorResult, SignatureStatusResult, SignatureReceivedResult, VersionResult, ParsedInstructionStruct, PartiallyDecodedInstructionStruct, SimulatedTransactionResponseStruct, BlockProductionResponseStruct, GetInflationGovernorRpcResult, GetInflationRateRpcResult, GetRecentPrioritizationFeesRpcResult, GetEpochInfoRpcResult, GetEpochScheduleRpcResult, GetLeaderScheduleRpcResult, SlotRpcResult, GetSupplyRpcResult, TokenAmountResult, GetTokenLargestAccountsResult, GetTokenAccountsByOwner, ParsedAccountDataResult, GetParsedTokenAccountsByOwner, GetLargestAccountsRpcResult, AccountInfoResult, KeyedAccountInfoResult, ParsedOrRawAccountData, ParsedAccountInfoResult, KeyedParsedAccountInfoResult, StakeActivationResult, GetConfirmedSignaturesForAddress2RpcResult, GetSignaturesForAddressRpcResult, AccountNotificationResult, ProgramAccountInfoResult, ProgramAccountNotificationResult, SlotInfoResult, SlotNotificationResult, SlotUpdateResult, SlotUpdateNotificationResult, SignatureNotificationResult, RootNotificationResult, ContactInfoResult, VoteAccountInfoResult, GetVoteAccounts, ConfirmationStatus, SignatureStatusResponse, GetSignatureStatusesRpcResult, GetMinimumBalanceForRentExemptionRpcResult, AddressTableLookupStruct, TransactionConfigResult, ConfirmedTransactionResult, AnnotatedAccountKey, ConfirmedTransactionAccountsModeResult, ParsedInstructionResult, RawInstructionResult, InstructionResult, UnknownInstructionResult, ParsedOrRawInstruction, ParsedConfirmedTransactionResult, TokenBalanceResult, LoadedAddressesResult, ConfirmedTransactionMetaResult, ParsedConfirmedTransactionMetaResult, TransactionVersionStruct, RewardsResult, GetBlockRpcResult, GetNoneModeBlockRpcResult, GetAccountsModeBlockRpcResult, GetParsedBlockRpcResult, GetParsedAccountsModeBlockRpcResult, GetParsedNoneModeBlockRpcResult, GetConfirmedBlockRpcResult, GetBlockSignaturesRpcResult, GetTransactionRpcResult, GetParsedTransactionRpcResult, GetLatestBlockhashRpcResult, IsBlockhashValidRpcResult, PerfSampleResult, GetRecentPerformanceSamplesRpcResult, GetFeeCalculatorRpcResult, RequestAirdropRpcResult, SendTransactionRpcResult, LogsResult, LogsNotificationResult, COMMON_HTTP_HEADERS, Connection, Keypair, LOOKUP_TABLE_INSTRUCTION_LAYOUTS, AddressLookupTableProgram, COMPUTE_BUDGET_INSTRUCTION_LAYOUTS, ComputeBudgetProgram, PRIVATE_KEY_BYTES$1, PUBLIC_KEY_BYTES$1, SIGNATURE_BYTES, ED25519_INSTRUCTION_LAYOUT, Ed25519Program, ecdsaSign, publicKeyCreate, PRIVATE_KEY_BYTES, ETHEREUM_ADDRESS_BYTES, PUBLIC_KEY_BYTES, SECP256K1_INSTRUCTION_LAYOUT, Secp256k1Program, _Lockup, STAKE_CONFIG_ID, Lockup, STAKE_INSTRUCTION_LAYOUTS, StakeProgram, VOTE_INSTRUCTION_LAYOUTS, VoteProgram;
var init_index_browser_esm = __esmMin((() => {
	import_buffer = require_buffer();
	init_ed25519();
	import_bn = /* @__PURE__ */ __toESM(require_bn());
	import_bs58 = /* @__PURE__ */ __toESM(require_bs58$1());
	init_sha256();
	import_lib = require_lib();
	import_Layout = /* @__PURE__ */ __toESM(require_Layout());
	import_Layout$1 = /* @__PURE__ */ __toESM(require_Layout());
	init_index_browser$1();
	init_dist$1();
	import_browser = /* @__PURE__ */ __toESM(require_browser());
	init_index_browser();
	init_sha3();
	init_secp256k1();
	ed25519.utils.randomPrivateKey;
	generateKeypair = () => {
		const privateScalar = ed25519.utils.randomPrivateKey();
		const publicKey = getPublicKey(privateScalar);
		const secretKey = /* @__PURE__ */ new Uint8Array(64);
		secretKey.set(privateScalar);
		secretKey.set(publicKey, 32);
		return {
			publicKey,
			secretKey
		};
	};
	getPublicKey = ed25519.getPublicKey;
	sign = (message, secretKey) => ed25519.sign(message, secretKey.slice(0, 32));
	verify = ed25519.verify;
	toBuffer = (arr) => {
		if (import_buffer.Buffer.isBuffer(arr)) return arr;
		else if (arr instanceof Uint8Array) return import_buffer.Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
		else return import_buffer.Buffer.from(arr);
	};
	Struct = class {
		constructor(properties) {
			Object.assign(this, properties);
		}
		encode() {
			return import_buffer.Buffer.from((0, import_lib.serialize)(SOLANA_SCHEMA, this));
		}
		static decode(data) {
			return (0, import_lib.deserialize)(SOLANA_SCHEMA, this, data);
		}
		static decodeUnchecked(data) {
			return (0, import_lib.deserializeUnchecked)(SOLANA_SCHEMA, this, data);
		}
	};
	SOLANA_SCHEMA = /* @__PURE__ */ new Map();
	uniquePublicKeyCounter = 1;
	PublicKey = class PublicKey extends Struct {
		/**
		* Create a new PublicKey object
		* @param value ed25519 public key as buffer or base-58 encoded string
		*/
		constructor(value) {
			super({});
			/** @internal */
			this._bn = void 0;
			if (isPublicKeyData(value)) this._bn = value._bn;
			else {
				if (typeof value === "string") {
					const decoded = import_bs58.default.decode(value);
					if (decoded.length != 32) throw new Error(`Invalid public key input`);
					this._bn = new import_bn.default(decoded);
				} else this._bn = new import_bn.default(value);
				if (this._bn.byteLength() > 32) throw new Error(`Invalid public key input`);
			}
		}
		/**
		* Returns a unique PublicKey for tests and benchmarks using a counter
		*/
		static unique() {
			const key = new PublicKey(uniquePublicKeyCounter);
			uniquePublicKeyCounter += 1;
			return new PublicKey(key.toBuffer());
		}
		/**
		* Default public key value. The base58-encoded string representation is all ones (as seen below)
		* The underlying BN number is 32 bytes that are all zeros
		*/
		/**
		* Checks if two publicKeys are equal
		*/
		equals(publicKey) {
			return this._bn.eq(publicKey._bn);
		}
		/**
		* Return the base-58 representation of the public key
		*/
		toBase58() {
			return import_bs58.default.encode(this.toBytes());
		}
		toJSON() {
			return this.toBase58();
		}
		/**
		* Return the byte array representation of the public key in big endian
		*/
		toBytes() {
			const buf = this.toBuffer();
			return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
		}
		/**
		* Return the Buffer representation of the public key in big endian
		*/
		toBuffer() {
			const b = this._bn.toArrayLike(import_buffer.Buffer);
			if (b.length === 32) return b;
			const zeroPad = import_buffer.Buffer.alloc(32);
			b.copy(zeroPad, 32 - b.length);
			return zeroPad;
		}
		get [Symbol.toStringTag]() {
			return `PublicKey(${this.toString()})`;
		}
		/**
		* Return the base-58 representation of the public key
		*/
		toString() {
			return this.toBase58();
		}
		/**
		* Derive a public key from another key, a seed, and a program ID.
		* The program ID will also serve as the owner of the public key, giving
		* it permission to write data to the account.
		*/
		static async createWithSeed(fromPublicKey, seed, programId) {
			const buffer = import_buffer.Buffer.concat([
				fromPublicKey.toBuffer(),
				import_buffer.Buffer.from(seed),
				programId.toBuffer()
			]);
			const publicKeyBytes = sha256(buffer);
			return new PublicKey(publicKeyBytes);
		}
		/**
		* Derive a program address from seeds and a program ID.
		*/
		static createProgramAddressSync(seeds, programId) {
			let buffer = import_buffer.Buffer.alloc(0);
			seeds.forEach(function(seed) {
				if (seed.length > 32) throw new TypeError(`Max seed length exceeded`);
				buffer = import_buffer.Buffer.concat([buffer, toBuffer(seed)]);
			});
			buffer = import_buffer.Buffer.concat([
				buffer,
				programId.toBuffer(),
				import_buffer.Buffer.from("ProgramDerivedAddress")
			]);
			const publicKeyBytes = sha256(buffer);
			if (isOnCurve(publicKeyBytes)) throw new Error(`Invalid seeds, address must fall off the curve`);
			return new PublicKey(publicKeyBytes);
		}
		/**
		* Async version of createProgramAddressSync
		* For backwards compatibility
		*
		* @deprecated Use {@link createProgramAddressSync} instead
		*/
		static async createProgramAddress(seeds, programId) {
			return this.createProgramAddressSync(seeds, programId);
		}
		/**
		* Find a valid program address
		*
		* Valid program addresses must fall off the ed25519 curve.  This function
		* iterates a nonce until it finds one that when combined with the seeds
		* results in a valid program address.
		*/
		static findProgramAddressSync(seeds, programId) {
			let nonce = 255;
			let address;
			while (nonce != 0) {
				try {
					const seedsWithNonce = seeds.concat(import_buffer.Buffer.from([nonce]));
					address = this.createProgramAddressSync(seedsWithNonce, programId);
				} catch (err) {
					if (err instanceof TypeError) throw err;
					nonce--;
					continue;
				}
				return [address, nonce];
			}
			throw new Error(`Unable to find a viable program address nonce`);
		}
		/**
		* Async version of findProgramAddressSync
		* For backwards compatibility
		*
		* @deprecated Use {@link findProgramAddressSync} instead
		*/
		static async findProgramAddress(seeds, programId) {
			return this.findProgramAddressSync(seeds, programId);
		}
		/**
		* Check that a pubkey is on the ed25519 curve.
		*/
		static isOnCurve(pubkeyData) {
			return isOnCurve(new PublicKey(pubkeyData).toBytes());
		}
	};
	_PublicKey = PublicKey;
	PublicKey.default = new _PublicKey("11111111111111111111111111111111");
	SOLANA_SCHEMA.set(PublicKey, {
		kind: "struct",
		fields: [["_bn", "u256"]]
	});
	new PublicKey("BPFLoader1111111111111111111111111111111111");
	PACKET_DATA_SIZE = 1232;
	TransactionExpiredBlockheightExceededError = class extends Error {
		constructor(signature) {
			super(`Signature ${signature} has expired: block height exceeded.`);
			this.signature = void 0;
			this.signature = signature;
		}
	};
	Object.defineProperty(TransactionExpiredBlockheightExceededError.prototype, "name", { value: "TransactionExpiredBlockheightExceededError" });
	TransactionExpiredTimeoutError = class extends Error {
		constructor(signature, timeoutSeconds) {
			super(`Transaction was not confirmed in ${timeoutSeconds.toFixed(2)} seconds. It is unknown if it succeeded or failed. Check signature ${signature} using the Solana Explorer or CLI tools.`);
			this.signature = void 0;
			this.signature = signature;
		}
	};
	Object.defineProperty(TransactionExpiredTimeoutError.prototype, "name", { value: "TransactionExpiredTimeoutError" });
	TransactionExpiredNonceInvalidError = class extends Error {
		constructor(signature) {
			super(`Signature ${signature} has expired: the nonce is no longer valid.`);
			this.signature = void 0;
			this.signature = signature;
		}
	};
	Object.defineProperty(TransactionExpiredNonceInvalidError.prototype, "name", { value: "TransactionExpiredNonceInvalidError" });
	MessageAccountKeys = class {
		constructor(staticAccountKeys, accountKeysFromLookups) {
			this.staticAccountKeys = void 0;
			this.accountKeysFromLookups = void 0;
			this.staticAccountKeys = staticAccountKeys;
			this.accountKeysFromLookups = accountKeysFromLookups;
		}
		keySegments() {
			const keySegments = [this.staticAccountKeys];
			if (this.accountKeysFromLookups) {
				keySegments.push(this.accountKeysFromLookups.writable);
				keySegments.push(this.accountKeysFromLookups.readonly);
			}
			return keySegments;
		}
		get(index) {
			for (const keySegment of this.keySegments()) if (index < keySegment.length) return keySegment[index];
			else index -= keySegment.length;
		}
		get length() {
			return this.keySegments().flat().length;
		}
		compileInstructions(instructions) {
			if (this.length > 256) throw new Error("Account index overflow encountered during compilation");
			const keyIndexMap = /* @__PURE__ */ new Map();
			this.keySegments().flat().forEach((key, index) => {
				keyIndexMap.set(key.toBase58(), index);
			});
			const findKeyIndex = (key) => {
				const keyIndex = keyIndexMap.get(key.toBase58());
				if (keyIndex === void 0) throw new Error("Encountered an unknown instruction account key during compilation");
				return keyIndex;
			};
			return instructions.map((instruction) => {
				return {
					programIdIndex: findKeyIndex(instruction.programId),
					accountKeyIndexes: instruction.keys.map((meta) => findKeyIndex(meta.pubkey)),
					data: instruction.data
				};
			});
		}
	};
	publicKey = (property = "publicKey") => {
		return import_Layout.blob(32, property);
	};
	signature = (property = "signature") => {
		return import_Layout.blob(64, property);
	};
	rustString = (property = "string") => {
		const rsl = import_Layout.struct([
			import_Layout.u32("length"),
			import_Layout.u32("lengthPadding"),
			import_Layout.blob(import_Layout.offset(import_Layout.u32(), -8), "chars")
		], property);
		const _decode = rsl.decode.bind(rsl);
		const _encode = rsl.encode.bind(rsl);
		const rslShim = rsl;
		rslShim.decode = (b, offset) => {
			return _decode(b, offset)["chars"].toString();
		};
		rslShim.encode = (str, b, offset) => {
			const data = { chars: import_buffer.Buffer.from(str, "utf8") };
			return _encode(data, b, offset);
		};
		rslShim.alloc = (str) => {
			return import_Layout.u32().span + import_Layout.u32().span + import_buffer.Buffer.from(str, "utf8").length;
		};
		return rslShim;
	};
	authorized = (property = "authorized") => {
		return import_Layout.struct([publicKey("staker"), publicKey("withdrawer")], property);
	};
	lockup = (property = "lockup") => {
		return import_Layout.struct([
			import_Layout.ns64("unixTimestamp"),
			import_Layout.ns64("epoch"),
			publicKey("custodian")
		], property);
	};
	voteInit = (property = "voteInit") => {
		return import_Layout.struct([
			publicKey("nodePubkey"),
			publicKey("authorizedVoter"),
			publicKey("authorizedWithdrawer"),
			import_Layout.u8("commission")
		], property);
	};
	voteAuthorizeWithSeedArgs = (property = "voteAuthorizeWithSeedArgs") => {
		return import_Layout.struct([
			import_Layout.u32("voteAuthorizationType"),
			publicKey("currentAuthorityDerivedKeyOwnerPubkey"),
			rustString("currentAuthorityDerivedKeySeed"),
			publicKey("newAuthorized")
		], property);
	};
	CompiledKeys = class CompiledKeys {
		constructor(payer, keyMetaMap) {
			this.payer = void 0;
			this.keyMetaMap = void 0;
			this.payer = payer;
			this.keyMetaMap = keyMetaMap;
		}
		static compile(instructions, payer) {
			const keyMetaMap = /* @__PURE__ */ new Map();
			const getOrInsertDefault = (pubkey) => {
				const address = pubkey.toBase58();
				let keyMeta = keyMetaMap.get(address);
				if (keyMeta === void 0) {
					keyMeta = {
						isSigner: false,
						isWritable: false,
						isInvoked: false
					};
					keyMetaMap.set(address, keyMeta);
				}
				return keyMeta;
			};
			const payerKeyMeta = getOrInsertDefault(payer);
			payerKeyMeta.isSigner = true;
			payerKeyMeta.isWritable = true;
			for (const ix of instructions) {
				getOrInsertDefault(ix.programId).isInvoked = true;
				for (const accountMeta of ix.keys) {
					const keyMeta = getOrInsertDefault(accountMeta.pubkey);
					keyMeta.isSigner ||= accountMeta.isSigner;
					keyMeta.isWritable ||= accountMeta.isWritable;
				}
			}
			return new CompiledKeys(payer, keyMetaMap);
		}
		getMessageComponents() {
			const mapEntries = [...this.keyMetaMap.entries()];
			assert(mapEntries.length <= 256, "Max static account keys length exceeded");
			const writableSigners = mapEntries.filter(([, meta]) => meta.isSigner && meta.isWritable);
			const readonlySigners = mapEntries.filter(([, meta]) => meta.isSigner && !meta.isWritable);
			const writableNonSigners = mapEntries.filter(([, meta]) => !meta.isSigner && meta.isWritable);
			const readonlyNonSigners = mapEntries.filter(([, meta]) => !meta.isSigner && !meta.isWritable);
			const header = {
				numRequiredSignatures: writableSigners.length + readonlySigners.length,
				numReadonlySignedAccounts: readonlySigners.length,
				numReadonlyUnsignedAccounts: readonlyNonSigners.length
			};
			{
				assert(writableSigners.length > 0, "Expected at least one writable signer key");
				const [payerAddress] = writableSigners[0];
				assert(payerAddress === this.payer.toBase58(), "Expected first writable signer key to be the fee payer");
			}
			return [header, [
				...writableSigners.map(([address]) => new PublicKey(address)),
				...readonlySigners.map(([address]) => new PublicKey(address)),
				...writableNonSigners.map(([address]) => new PublicKey(address)),
				...readonlyNonSigners.map(([address]) => new PublicKey(address))
			]];
		}
		extractTableLookup(lookupTable) {
			const [writableIndexes, drainedWritableKeys] = this.drainKeysFoundInLookupTable(lookupTable.state.addresses, (keyMeta) => !keyMeta.isSigner && !keyMeta.isInvoked && keyMeta.isWritable);
			const [readonlyIndexes, drainedReadonlyKeys] = this.drainKeysFoundInLookupTable(lookupTable.state.addresses, (keyMeta) => !keyMeta.isSigner && !keyMeta.isInvoked && !keyMeta.isWritable);
			if (writableIndexes.length === 0 && readonlyIndexes.length === 0) return;
			return [{
				accountKey: lookupTable.key,
				writableIndexes,
				readonlyIndexes
			}, {
				writable: drainedWritableKeys,
				readonly: drainedReadonlyKeys
			}];
		}
		/** @internal */
		drainKeysFoundInLookupTable(lookupTableEntries, keyMetaFilter) {
			const lookupTableIndexes = new Array();
			const drainedKeys = new Array();
			for (const [address, keyMeta] of this.keyMetaMap.entries()) if (keyMetaFilter(keyMeta)) {
				const key = new PublicKey(address);
				const lookupTableIndex = lookupTableEntries.findIndex((entry) => entry.equals(key));
				if (lookupTableIndex >= 0) {
					assert(lookupTableIndex < 256, "Max lookup table index exceeded");
					lookupTableIndexes.push(lookupTableIndex);
					drainedKeys.push(key);
					this.keyMetaMap.delete(address);
				}
			}
			return [lookupTableIndexes, drainedKeys];
		}
	};
	END_OF_BUFFER_ERROR_MESSAGE = "Reached end of buffer unexpectedly";
	Message = class Message {
		constructor(args) {
			this.header = void 0;
			this.accountKeys = void 0;
			this.recentBlockhash = void 0;
			this.instructions = void 0;
			this.indexToProgramIds = /* @__PURE__ */ new Map();
			this.header = args.header;
			this.accountKeys = args.accountKeys.map((account) => new PublicKey(account));
			this.recentBlockhash = args.recentBlockhash;
			this.instructions = args.instructions;
			this.instructions.forEach((ix) => this.indexToProgramIds.set(ix.programIdIndex, this.accountKeys[ix.programIdIndex]));
		}
		get version() {
			return "legacy";
		}
		get staticAccountKeys() {
			return this.accountKeys;
		}
		get compiledInstructions() {
			return this.instructions.map((ix) => ({
				programIdIndex: ix.programIdIndex,
				accountKeyIndexes: ix.accounts,
				data: import_bs58.default.decode(ix.data)
			}));
		}
		get addressTableLookups() {
			return [];
		}
		getAccountKeys() {
			return new MessageAccountKeys(this.staticAccountKeys);
		}
		static compile(args) {
			const [header, staticAccountKeys] = CompiledKeys.compile(args.instructions, args.payerKey).getMessageComponents();
			const instructions = new MessageAccountKeys(staticAccountKeys).compileInstructions(args.instructions).map((ix) => ({
				programIdIndex: ix.programIdIndex,
				accounts: ix.accountKeyIndexes,
				data: import_bs58.default.encode(ix.data)
			}));
			return new Message({
				header,
				accountKeys: staticAccountKeys,
				recentBlockhash: args.recentBlockhash,
				instructions
			});
		}
		isAccountSigner(index) {
			return index < this.header.numRequiredSignatures;
		}
		isAccountWritable(index) {
			const numSignedAccounts = this.header.numRequiredSignatures;
			if (index >= this.header.numRequiredSignatures) return index - numSignedAccounts < this.accountKeys.length - numSignedAccounts - this.header.numReadonlyUnsignedAccounts;
			else return index < numSignedAccounts - this.header.numReadonlySignedAccounts;
		}
		isProgramId(index) {
			return this.indexToProgramIds.has(index);
		}
		programIds() {
			return [...this.indexToProgramIds.values()];
		}
		nonProgramIds() {
			return this.accountKeys.filter((_, index) => !this.isProgramId(index));
		}
		serialize() {
			const numKeys = this.accountKeys.length;
			let keyCount = [];
			encodeLength(keyCount, numKeys);
			const instructions = this.instructions.map((instruction) => {
				const { accounts, programIdIndex } = instruction;
				const data = Array.from(import_bs58.default.decode(instruction.data));
				let keyIndicesCount = [];
				encodeLength(keyIndicesCount, accounts.length);
				let dataCount = [];
				encodeLength(dataCount, data.length);
				return {
					programIdIndex,
					keyIndicesCount: import_buffer.Buffer.from(keyIndicesCount),
					keyIndices: accounts,
					dataLength: import_buffer.Buffer.from(dataCount),
					data
				};
			});
			let instructionCount = [];
			encodeLength(instructionCount, instructions.length);
			let instructionBuffer = import_buffer.Buffer.alloc(PACKET_DATA_SIZE);
			import_buffer.Buffer.from(instructionCount).copy(instructionBuffer);
			let instructionBufferLength = instructionCount.length;
			instructions.forEach((instruction) => {
				const length = import_Layout.struct([
					import_Layout.u8("programIdIndex"),
					import_Layout.blob(instruction.keyIndicesCount.length, "keyIndicesCount"),
					import_Layout.seq(import_Layout.u8("keyIndex"), instruction.keyIndices.length, "keyIndices"),
					import_Layout.blob(instruction.dataLength.length, "dataLength"),
					import_Layout.seq(import_Layout.u8("userdatum"), instruction.data.length, "data")
				]).encode(instruction, instructionBuffer, instructionBufferLength);
				instructionBufferLength += length;
			});
			instructionBuffer = instructionBuffer.slice(0, instructionBufferLength);
			const signDataLayout = import_Layout.struct([
				import_Layout.blob(1, "numRequiredSignatures"),
				import_Layout.blob(1, "numReadonlySignedAccounts"),
				import_Layout.blob(1, "numReadonlyUnsignedAccounts"),
				import_Layout.blob(keyCount.length, "keyCount"),
				import_Layout.seq(publicKey("key"), numKeys, "keys"),
				publicKey("recentBlockhash")
			]);
			const transaction = {
				numRequiredSignatures: import_buffer.Buffer.from([this.header.numRequiredSignatures]),
				numReadonlySignedAccounts: import_buffer.Buffer.from([this.header.numReadonlySignedAccounts]),
				numReadonlyUnsignedAccounts: import_buffer.Buffer.from([this.header.numReadonlyUnsignedAccounts]),
				keyCount: import_buffer.Buffer.from(keyCount),
				keys: this.accountKeys.map((key) => toBuffer(key.toBytes())),
				recentBlockhash: import_bs58.default.decode(this.recentBlockhash)
			};
			let signData = import_buffer.Buffer.alloc(2048);
			const length = signDataLayout.encode(transaction, signData);
			instructionBuffer.copy(signData, length);
			return signData.slice(0, length + instructionBuffer.length);
		}
		/**
		* Decode a compiled message into a Message object.
		*/
		static from(buffer) {
			let byteArray = [...buffer];
			const numRequiredSignatures = guardedShift(byteArray);
			if (numRequiredSignatures !== (numRequiredSignatures & 127)) throw new Error("Versioned messages must be deserialized with VersionedMessage.deserialize()");
			const numReadonlySignedAccounts = guardedShift(byteArray);
			const numReadonlyUnsignedAccounts = guardedShift(byteArray);
			const accountCount = decodeLength(byteArray);
			let accountKeys = [];
			for (let i = 0; i < accountCount; i++) {
				const account = guardedSplice(byteArray, 0, 32);
				accountKeys.push(new PublicKey(import_buffer.Buffer.from(account)));
			}
			const recentBlockhash = guardedSplice(byteArray, 0, 32);
			const instructionCount = decodeLength(byteArray);
			let instructions = [];
			for (let i = 0; i < instructionCount; i++) {
				const programIdIndex = guardedShift(byteArray);
				const accounts = guardedSplice(byteArray, 0, decodeLength(byteArray));
				const dataSlice = guardedSplice(byteArray, 0, decodeLength(byteArray));
				const data = import_bs58.default.encode(import_buffer.Buffer.from(dataSlice));
				instructions.push({
					programIdIndex,
					accounts,
					data
				});
			}
			const messageArgs = {
				header: {
					numRequiredSignatures,
					numReadonlySignedAccounts,
					numReadonlyUnsignedAccounts
				},
				recentBlockhash: import_bs58.default.encode(import_buffer.Buffer.from(recentBlockhash)),
				accountKeys,
				instructions
			};
			return new Message(messageArgs);
		}
	};
	MessageV0 = class MessageV0 {
		constructor(args) {
			this.header = void 0;
			this.staticAccountKeys = void 0;
			this.recentBlockhash = void 0;
			this.compiledInstructions = void 0;
			this.addressTableLookups = void 0;
			this.header = args.header;
			this.staticAccountKeys = args.staticAccountKeys;
			this.recentBlockhash = args.recentBlockhash;
			this.compiledInstructions = args.compiledInstructions;
			this.addressTableLookups = args.addressTableLookups;
		}
		get version() {
			return 0;
		}
		get numAccountKeysFromLookups() {
			let count = 0;
			for (const lookup of this.addressTableLookups) count += lookup.readonlyIndexes.length + lookup.writableIndexes.length;
			return count;
		}
		getAccountKeys(args) {
			let accountKeysFromLookups;
			if (args && "accountKeysFromLookups" in args && args.accountKeysFromLookups) {
				if (this.numAccountKeysFromLookups != args.accountKeysFromLookups.writable.length + args.accountKeysFromLookups.readonly.length) throw new Error("Failed to get account keys because of a mismatch in the number of account keys from lookups");
				accountKeysFromLookups = args.accountKeysFromLookups;
			} else if (args && "addressLookupTableAccounts" in args && args.addressLookupTableAccounts) accountKeysFromLookups = this.resolveAddressTableLookups(args.addressLookupTableAccounts);
			else if (this.addressTableLookups.length > 0) throw new Error("Failed to get account keys because address table lookups were not resolved");
			return new MessageAccountKeys(this.staticAccountKeys, accountKeysFromLookups);
		}
		isAccountSigner(index) {
			return index < this.header.numRequiredSignatures;
		}
		isAccountWritable(index) {
			const numSignedAccounts = this.header.numRequiredSignatures;
			const numStaticAccountKeys = this.staticAccountKeys.length;
			if (index >= numStaticAccountKeys) return index - numStaticAccountKeys < this.addressTableLookups.reduce((count, lookup) => count + lookup.writableIndexes.length, 0);
			else if (index >= this.header.numRequiredSignatures) return index - numSignedAccounts < numStaticAccountKeys - numSignedAccounts - this.header.numReadonlyUnsignedAccounts;
			else return index < numSignedAccounts - this.header.numReadonlySignedAccounts;
		}
		resolveAddressTableLookups(addressLookupTableAccounts) {
			const accountKeysFromLookups = {
				writable: [],
				readonly: []
			};
			for (const tableLookup of this.addressTableLookups) {
				const tableAccount = addressLookupTableAccounts.find((account) => account.key.equals(tableLookup.accountKey));
				if (!tableAccount) throw new Error(`Failed to find address lookup table account for table key ${tableLookup.accountKey.toBase58()}`);
				for (const index of tableLookup.writableIndexes) if (index < tableAccount.state.addresses.length) accountKeysFromLookups.writable.push(tableAccount.state.addresses[index]);
				else throw new Error(`Failed to find address for index ${index} in address lookup table ${tableLookup.accountKey.toBase58()}`);
				for (const index of tableLookup.readonlyIndexes) if (index < tableAccount.state.addresses.length) accountKeysFromLookups.readonly.push(tableAccount.state.addresses[index]);
				else throw new Error(`Failed to find address for index ${index} in address lookup table ${tableLookup.accountKey.toBase58()}`);
			}
			return accountKeysFromLookups;
		}
		static compile(args) {
			const compiledKeys = CompiledKeys.compile(args.instructions, args.payerKey);
			const addressTableLookups = new Array();
			const accountKeysFromLookups = {
				writable: new Array(),
				readonly: new Array()
			};
			const lookupTableAccounts = args.addressLookupTableAccounts || [];
			for (const lookupTable of lookupTableAccounts) {
				const extractResult = compiledKeys.extractTableLookup(lookupTable);
				if (extractResult !== void 0) {
					const [addressTableLookup, { writable, readonly }] = extractResult;
					addressTableLookups.push(addressTableLookup);
					accountKeysFromLookups.writable.push(...writable);
					accountKeysFromLookups.readonly.push(...readonly);
				}
			}
			const [header, staticAccountKeys] = compiledKeys.getMessageComponents();
			const compiledInstructions = new MessageAccountKeys(staticAccountKeys, accountKeysFromLookups).compileInstructions(args.instructions);
			return new MessageV0({
				header,
				staticAccountKeys,
				recentBlockhash: args.recentBlockhash,
				compiledInstructions,
				addressTableLookups
			});
		}
		serialize() {
			const encodedStaticAccountKeysLength = Array();
			encodeLength(encodedStaticAccountKeysLength, this.staticAccountKeys.length);
			const serializedInstructions = this.serializeInstructions();
			const encodedInstructionsLength = Array();
			encodeLength(encodedInstructionsLength, this.compiledInstructions.length);
			const serializedAddressTableLookups = this.serializeAddressTableLookups();
			const encodedAddressTableLookupsLength = Array();
			encodeLength(encodedAddressTableLookupsLength, this.addressTableLookups.length);
			const messageLayout = import_Layout.struct([
				import_Layout.u8("prefix"),
				import_Layout.struct([
					import_Layout.u8("numRequiredSignatures"),
					import_Layout.u8("numReadonlySignedAccounts"),
					import_Layout.u8("numReadonlyUnsignedAccounts")
				], "header"),
				import_Layout.blob(encodedStaticAccountKeysLength.length, "staticAccountKeysLength"),
				import_Layout.seq(publicKey(), this.staticAccountKeys.length, "staticAccountKeys"),
				publicKey("recentBlockhash"),
				import_Layout.blob(encodedInstructionsLength.length, "instructionsLength"),
				import_Layout.blob(serializedInstructions.length, "serializedInstructions"),
				import_Layout.blob(encodedAddressTableLookupsLength.length, "addressTableLookupsLength"),
				import_Layout.blob(serializedAddressTableLookups.length, "serializedAddressTableLookups")
			]);
			const serializedMessage = new Uint8Array(PACKET_DATA_SIZE);
			const serializedMessageLength = messageLayout.encode({
				prefix: 128,
				header: this.header,
				staticAccountKeysLength: new Uint8Array(encodedStaticAccountKeysLength),
				staticAccountKeys: this.staticAccountKeys.map((key) => key.toBytes()),
				recentBlockhash: import_bs58.default.decode(this.recentBlockhash),
				instructionsLength: new Uint8Array(encodedInstructionsLength),
				serializedInstructions,
				addressTableLookupsLength: new Uint8Array(encodedAddressTableLookupsLength),
				serializedAddressTableLookups
			}, serializedMessage);
			return serializedMessage.slice(0, serializedMessageLength);
		}
		serializeInstructions() {
			let serializedLength = 0;
			const serializedInstructions = new Uint8Array(PACKET_DATA_SIZE);
			for (const instruction of this.compiledInstructions) {
				const encodedAccountKeyIndexesLength = Array();
				encodeLength(encodedAccountKeyIndexesLength, instruction.accountKeyIndexes.length);
				const encodedDataLength = Array();
				encodeLength(encodedDataLength, instruction.data.length);
				const instructionLayout = import_Layout.struct([
					import_Layout.u8("programIdIndex"),
					import_Layout.blob(encodedAccountKeyIndexesLength.length, "encodedAccountKeyIndexesLength"),
					import_Layout.seq(import_Layout.u8(), instruction.accountKeyIndexes.length, "accountKeyIndexes"),
					import_Layout.blob(encodedDataLength.length, "encodedDataLength"),
					import_Layout.blob(instruction.data.length, "data")
				]);
				serializedLength += instructionLayout.encode({
					programIdIndex: instruction.programIdIndex,
					encodedAccountKeyIndexesLength: new Uint8Array(encodedAccountKeyIndexesLength),
					accountKeyIndexes: instruction.accountKeyIndexes,
					encodedDataLength: new Uint8Array(encodedDataLength),
					data: instruction.data
				}, serializedInstructions, serializedLength);
			}
			return serializedInstructions.slice(0, serializedLength);
		}
		serializeAddressTableLookups() {
			let serializedLength = 0;
			const serializedAddressTableLookups = new Uint8Array(PACKET_DATA_SIZE);
			for (const lookup of this.addressTableLookups) {
				const encodedWritableIndexesLength = Array();
				encodeLength(encodedWritableIndexesLength, lookup.writableIndexes.length);
				const encodedReadonlyIndexesLength = Array();
				encodeLength(encodedReadonlyIndexesLength, lookup.readonlyIndexes.length);
				const addressTableLookupLayout = import_Layout.struct([
					publicKey("accountKey"),
					import_Layout.blob(encodedWritableIndexesLength.length, "encodedWritableIndexesLength"),
					import_Layout.seq(import_Layout.u8(), lookup.writableIndexes.length, "writableIndexes"),
					import_Layout.blob(encodedReadonlyIndexesLength.length, "encodedReadonlyIndexesLength"),
					import_Layout.seq(import_Layout.u8(), lookup.readonlyIndexes.length, "readonlyIndexes")
				]);
				serializedLength += addressTableLookupLayout.encode({
					accountKey: lookup.accountKey.toBytes(),
					encodedWritableIndexesLength: new Uint8Array(encodedWritableIndexesLength),
					writableIndexes: lookup.writableIndexes,
					encodedReadonlyIndexesLength: new Uint8Array(encodedReadonlyIndexesLength),
					readonlyIndexes: lookup.readonlyIndexes
				}, serializedAddressTableLookups, serializedLength);
			}
			return serializedAddressTableLookups.slice(0, serializedLength);
		}
		static deserialize(serializedMessage) {
			let byteArray = [...serializedMessage];
			const prefix = guardedShift(byteArray);
			const maskedPrefix = prefix & 127;
			assert(prefix !== maskedPrefix, `Expected versioned message but received legacy message`);
			const version = maskedPrefix;
			assert(version === 0, `Expected versioned message with version 0 but found version ${version}`);
			const header = {
				numRequiredSignatures: guardedShift(byteArray),
				numReadonlySignedAccounts: guardedShift(byteArray),
				numReadonlyUnsignedAccounts: guardedShift(byteArray)
			};
			const staticAccountKeys = [];
			const staticAccountKeysLength = decodeLength(byteArray);
			for (let i = 0; i < staticAccountKeysLength; i++) staticAccountKeys.push(new PublicKey(guardedSplice(byteArray, 0, 32)));
			const recentBlockhash = import_bs58.default.encode(guardedSplice(byteArray, 0, 32));
			const instructionCount = decodeLength(byteArray);
			const compiledInstructions = [];
			for (let i = 0; i < instructionCount; i++) {
				const programIdIndex = guardedShift(byteArray);
				const accountKeyIndexes = guardedSplice(byteArray, 0, decodeLength(byteArray));
				const dataLength = decodeLength(byteArray);
				const data = new Uint8Array(guardedSplice(byteArray, 0, dataLength));
				compiledInstructions.push({
					programIdIndex,
					accountKeyIndexes,
					data
				});
			}
			const addressTableLookupsCount = decodeLength(byteArray);
			const addressTableLookups = [];
			for (let i = 0; i < addressTableLookupsCount; i++) {
				const accountKey = new PublicKey(guardedSplice(byteArray, 0, 32));
				const writableIndexes = guardedSplice(byteArray, 0, decodeLength(byteArray));
				const readonlyIndexes = guardedSplice(byteArray, 0, decodeLength(byteArray));
				addressTableLookups.push({
					accountKey,
					writableIndexes,
					readonlyIndexes
				});
			}
			return new MessageV0({
				header,
				staticAccountKeys,
				recentBlockhash,
				compiledInstructions,
				addressTableLookups
			});
		}
	};
	CONFIG_MASK_PRIORITY_FEE_BITS = 3;
	CONFIG_MASK_COMPUTE_UNIT_LIMIT_BIT = 4;
	CONFIG_MASK_LOADED_ACCOUNTS_DATA_SIZE_LIMIT_BIT = 8;
	CONFIG_MASK_HEAP_SIZE_BIT = 16;
	MessageV1 = class MessageV1 {
		constructor(args) {
			this.header = void 0;
			this.staticAccountKeys = void 0;
			this.recentBlockhash = void 0;
			this.compiledInstructions = void 0;
			this.transactionConfig = void 0;
			this.header = args.header;
			this.staticAccountKeys = args.staticAccountKeys;
			this.recentBlockhash = args.recentBlockhash;
			this.compiledInstructions = args.compiledInstructions;
			this.transactionConfig = args.transactionConfig ?? {
				computeUnitLimit: null,
				heapSize: null,
				loadedAccountsDataSizeLimit: null,
				priorityFee: null
			};
		}
		get version() {
			return 1;
		}
		get addressTableLookups() {
			return [];
		}
		getAccountKeys() {
			return new MessageAccountKeys(this.staticAccountKeys);
		}
		isAccountSigner(index) {
			return index < this.header.numRequiredSignatures;
		}
		isAccountWritable(index) {
			const numSignedAccounts = this.header.numRequiredSignatures;
			const numStaticAccountKeys = this.staticAccountKeys.length;
			if (index >= numStaticAccountKeys) return false;
			else if (index >= this.header.numRequiredSignatures) return index - numSignedAccounts < numStaticAccountKeys - numSignedAccounts - this.header.numReadonlyUnsignedAccounts;
			else return index < numSignedAccounts - this.header.numReadonlySignedAccounts;
		}
		serialize() {
			throw new Error("Serialization of version 1 transaction messages is not supported");
		}
		static deserialize(serializedMessage) {
			let byteArray = [...serializedMessage];
			const prefix = guardedShift(byteArray);
			const maskedPrefix = prefix & 127;
			assert(prefix !== maskedPrefix, `Expected versioned message but received legacy message`);
			const version = maskedPrefix;
			assert(version === 1, `Expected versioned message with version 1 but found version ${version}`);
			const header = {
				numRequiredSignatures: guardedShift(byteArray),
				numReadonlySignedAccounts: guardedShift(byteArray),
				numReadonlyUnsignedAccounts: guardedShift(byteArray)
			};
			const configMask = decodeU32(byteArray);
			assert((configMask & -32) === 0, "Unexpected bits set in the transaction config mask");
			const priorityFeeBits = configMask & CONFIG_MASK_PRIORITY_FEE_BITS;
			assert(priorityFeeBits === 0 || priorityFeeBits === CONFIG_MASK_PRIORITY_FEE_BITS, "Expected both or neither of the priority fee bits to be set in the transaction config mask");
			const recentBlockhash = import_bs58.default.encode(guardedSplice(byteArray, 0, 32));
			const instructionCount = guardedShift(byteArray);
			const staticAccountKeysLength = guardedShift(byteArray);
			const staticAccountKeys = [];
			for (let i = 0; i < staticAccountKeysLength; i++) staticAccountKeys.push(new PublicKey(guardedSplice(byteArray, 0, 32)));
			const transactionConfig = {
				computeUnitLimit: null,
				heapSize: null,
				loadedAccountsDataSizeLimit: null,
				priorityFee: null
			};
			if (priorityFeeBits !== 0) transactionConfig.priorityFee = decodeU64(byteArray);
			if (configMask & CONFIG_MASK_COMPUTE_UNIT_LIMIT_BIT) transactionConfig.computeUnitLimit = decodeU32(byteArray);
			if (configMask & CONFIG_MASK_LOADED_ACCOUNTS_DATA_SIZE_LIMIT_BIT) transactionConfig.loadedAccountsDataSizeLimit = decodeU32(byteArray);
			if (configMask & CONFIG_MASK_HEAP_SIZE_BIT) transactionConfig.heapSize = decodeU32(byteArray);
			const instructionHeaders = [];
			for (let i = 0; i < instructionCount; i++) {
				const programIdIndex = guardedShift(byteArray);
				const accountKeyIndexesLength = guardedShift(byteArray);
				const dataLength = guardedShift(byteArray) + guardedShift(byteArray) * 256;
				instructionHeaders.push({
					accountKeyIndexesLength,
					dataLength,
					programIdIndex
				});
			}
			const compiledInstructions = [];
			for (const instructionHeader of instructionHeaders) compiledInstructions.push({
				programIdIndex: instructionHeader.programIdIndex,
				accountKeyIndexes: guardedSplice(byteArray, 0, instructionHeader.accountKeyIndexesLength),
				data: new Uint8Array(guardedSplice(byteArray, 0, instructionHeader.dataLength))
			});
			assert(byteArray.length === 0, "Expected no bytes to remain after deserializing a version 1 message");
			return new MessageV1({
				header,
				staticAccountKeys,
				recentBlockhash,
				compiledInstructions,
				transactionConfig
			});
		}
	};
	VersionedMessage = {
		deserializeMessageVersion(serializedMessage) {
			const prefix = serializedMessage[0];
			const maskedPrefix = prefix & 127;
			if (maskedPrefix === prefix) return "legacy";
			return maskedPrefix;
		},
		deserialize: (serializedMessage) => {
			const version = VersionedMessage.deserializeMessageVersion(serializedMessage);
			if (version === "legacy") return Message.from(serializedMessage);
			if (version === 0) return MessageV0.deserialize(serializedMessage);
			else if (version === 1) return MessageV1.deserialize(serializedMessage);
			else throw new Error(`Transaction message version ${version} deserialization is not supported`);
		}
	};
	TransactionStatus = /*#__PURE__*/ function(TransactionStatus) {
		TransactionStatus[TransactionStatus["BLOCKHEIGHT_EXCEEDED"] = 0] = "BLOCKHEIGHT_EXCEEDED";
		TransactionStatus[TransactionStatus["PROCESSED"] = 1] = "PROCESSED";
		TransactionStatus[TransactionStatus["TIMED_OUT"] = 2] = "TIMED_OUT";
		TransactionStatus[TransactionStatus["NONCE_INVALID"] = 3] = "NONCE_INVALID";
		return TransactionStatus;
	}({});
	DEFAULT_SIGNATURE = import_buffer.Buffer.alloc(64).fill(0);
	TransactionInstruction = class {
		constructor(opts) {
			/**
			* Public keys to include in this transaction
			* Boolean represents whether this pubkey needs to sign the transaction
			*/
			this.keys = void 0;
			/**
			* Program Id to execute
			*/
			this.programId = void 0;
			/**
			* Program input
			*/
			this.data = import_buffer.Buffer.alloc(0);
			this.programId = opts.programId;
			this.keys = opts.keys;
			if (opts.data) this.data = opts.data;
		}
		/**
		* @internal
		*/
		toJSON() {
			return {
				keys: this.keys.map(({ pubkey, isSigner, isWritable }) => ({
					pubkey: pubkey.toJSON(),
					isSigner,
					isWritable
				})),
				programId: this.programId.toJSON(),
				data: [...this.data]
			};
		}
	};
	Transaction = class Transaction {
		/**
		* The first (payer) Transaction signature
		*
		* @returns {Buffer | null} Buffer of payer's signature
		*/
		get signature() {
			if (this.signatures.length > 0) return this.signatures[0].signature;
			return null;
		}
		/**
		* The transaction fee payer
		*/
		/**
		* @deprecated `TransactionCtorFields` has been deprecated and will be removed in a future version.
		* Please supply a `TransactionBlockhashCtor` instead.
		*/
		/**
		* Construct an empty Transaction
		*/
		constructor(opts) {
			/**
			* Signatures for the transaction.  Typically created by invoking the
			* `sign()` method
			*/
			this.signatures = [];
			this.feePayer = void 0;
			/**
			* The instructions to atomically execute
			*/
			this.instructions = [];
			/**
			* A recent transaction id. Must be populated by the caller
			*/
			this.recentBlockhash = void 0;
			/**
			* the last block chain can advance to before tx is declared expired
			* */
			this.lastValidBlockHeight = void 0;
			/**
			* Optional Nonce information. If populated, transaction will use a durable
			* Nonce hash instead of a recentBlockhash. Must be populated by the caller
			*/
			this.nonceInfo = void 0;
			/**
			* If this is a nonce transaction this represents the minimum slot from which
			* to evaluate if the nonce has advanced when attempting to confirm the
			* transaction. This protects against a case where the transaction confirmation
			* logic loads the nonce account from an old slot and assumes the mismatch in
			* nonce value implies that the nonce has been advanced.
			*/
			this.minNonceContextSlot = void 0;
			/**
			* @internal
			*/
			this._message = void 0;
			/**
			* @internal
			*/
			this._json = void 0;
			if (!opts) return;
			if (opts.feePayer) this.feePayer = opts.feePayer;
			if (opts.signatures) this.signatures = opts.signatures;
			if (Object.prototype.hasOwnProperty.call(opts, "nonceInfo")) {
				const { minContextSlot, nonceInfo } = opts;
				this.minNonceContextSlot = minContextSlot;
				this.nonceInfo = nonceInfo;
			} else if (Object.prototype.hasOwnProperty.call(opts, "lastValidBlockHeight")) {
				const { blockhash, lastValidBlockHeight } = opts;
				this.recentBlockhash = blockhash;
				this.lastValidBlockHeight = lastValidBlockHeight;
			} else {
				const { recentBlockhash, nonceInfo } = opts;
				if (nonceInfo) this.nonceInfo = nonceInfo;
				this.recentBlockhash = recentBlockhash;
			}
		}
		/**
		* @internal
		*/
		toJSON() {
			return {
				recentBlockhash: this.recentBlockhash || null,
				feePayer: this.feePayer ? this.feePayer.toJSON() : null,
				nonceInfo: this.nonceInfo ? {
					nonce: this.nonceInfo.nonce,
					nonceInstruction: this.nonceInfo.nonceInstruction.toJSON()
				} : null,
				instructions: this.instructions.map((instruction) => instruction.toJSON()),
				signers: this.signatures.map(({ publicKey }) => {
					return publicKey.toJSON();
				})
			};
		}
		/**
		* Add one or more instructions to this Transaction
		*
		* @param {Array< Transaction | TransactionInstruction | TransactionInstructionCtorFields >} items - Instructions to add to the Transaction
		*/
		add(...items) {
			if (items.length === 0) throw new Error("No instructions");
			items.forEach((item) => {
				if ("instructions" in item) this.instructions = this.instructions.concat(item.instructions);
				else if ("data" in item && "programId" in item && "keys" in item) this.instructions.push(item);
				else this.instructions.push(new TransactionInstruction(item));
			});
			return this;
		}
		/**
		* Compile transaction data
		*/
		compileMessage() {
			if (this._message && JSON.stringify(this.toJSON()) === JSON.stringify(this._json)) return this._message;
			let recentBlockhash;
			let instructions;
			if (this.nonceInfo) {
				recentBlockhash = this.nonceInfo.nonce;
				if (this.instructions[0] != this.nonceInfo.nonceInstruction) instructions = [this.nonceInfo.nonceInstruction, ...this.instructions];
				else instructions = this.instructions;
			} else {
				recentBlockhash = this.recentBlockhash;
				instructions = this.instructions;
			}
			if (!recentBlockhash) throw new Error("Transaction recentBlockhash required");
			if (instructions.length < 1) console.warn("No instructions provided");
			let feePayer;
			if (this.feePayer) feePayer = this.feePayer;
			else if (this.signatures.length > 0 && this.signatures[0].publicKey) feePayer = this.signatures[0].publicKey;
			else throw new Error("Transaction fee payer required");
			for (let i = 0; i < instructions.length; i++) if (instructions[i].programId === void 0) throw new Error(`Transaction instruction index ${i} has undefined program id`);
			const programIds = [];
			const accountMetas = [];
			instructions.forEach((instruction) => {
				instruction.keys.forEach((accountMeta) => {
					accountMetas.push({ ...accountMeta });
				});
				const programId = instruction.programId.toString();
				if (!programIds.includes(programId)) programIds.push(programId);
			});
			programIds.forEach((programId) => {
				accountMetas.push({
					pubkey: new PublicKey(programId),
					isSigner: false,
					isWritable: false
				});
			});
			const uniqueMetas = [];
			accountMetas.forEach((accountMeta) => {
				const pubkeyString = accountMeta.pubkey.toString();
				const uniqueIndex = uniqueMetas.findIndex((x) => {
					return x.pubkey.toString() === pubkeyString;
				});
				if (uniqueIndex > -1) {
					uniqueMetas[uniqueIndex].isWritable = uniqueMetas[uniqueIndex].isWritable || accountMeta.isWritable;
					uniqueMetas[uniqueIndex].isSigner = uniqueMetas[uniqueIndex].isSigner || accountMeta.isSigner;
				} else uniqueMetas.push(accountMeta);
			});
			uniqueMetas.sort(function(x, y) {
				if (x.isSigner !== y.isSigner) return x.isSigner ? -1 : 1;
				if (x.isWritable !== y.isWritable) return x.isWritable ? -1 : 1;
				return x.pubkey.toBase58().localeCompare(y.pubkey.toBase58(), "en", {
					localeMatcher: "best fit",
					usage: "sort",
					sensitivity: "variant",
					ignorePunctuation: false,
					numeric: false,
					caseFirst: "lower"
				});
			});
			const feePayerIndex = uniqueMetas.findIndex((x) => {
				return x.pubkey.equals(feePayer);
			});
			if (feePayerIndex > -1) {
				const [payerMeta] = uniqueMetas.splice(feePayerIndex, 1);
				payerMeta.isSigner = true;
				payerMeta.isWritable = true;
				uniqueMetas.unshift(payerMeta);
			} else uniqueMetas.unshift({
				pubkey: feePayer,
				isSigner: true,
				isWritable: true
			});
			for (const signature of this.signatures) {
				const uniqueIndex = uniqueMetas.findIndex((x) => {
					return x.pubkey.equals(signature.publicKey);
				});
				if (uniqueIndex > -1) {
					if (!uniqueMetas[uniqueIndex].isSigner) {
						uniqueMetas[uniqueIndex].isSigner = true;
						console.warn("Transaction references a signature that is unnecessary, only the fee payer and instruction signer accounts should sign a transaction. This behavior is deprecated and will throw an error in the next major version release.");
					}
				} else throw new Error(`unknown signer: ${signature.publicKey.toString()}`);
			}
			let numRequiredSignatures = 0;
			let numReadonlySignedAccounts = 0;
			let numReadonlyUnsignedAccounts = 0;
			const signedKeys = [];
			const unsignedKeys = [];
			uniqueMetas.forEach(({ pubkey, isSigner, isWritable }) => {
				if (isSigner) {
					signedKeys.push(pubkey.toString());
					numRequiredSignatures += 1;
					if (!isWritable) numReadonlySignedAccounts += 1;
				} else {
					unsignedKeys.push(pubkey.toString());
					if (!isWritable) numReadonlyUnsignedAccounts += 1;
				}
			});
			const accountKeys = signedKeys.concat(unsignedKeys);
			const compiledInstructions = instructions.map((instruction) => {
				const { data, programId } = instruction;
				return {
					programIdIndex: accountKeys.indexOf(programId.toString()),
					accounts: instruction.keys.map((meta) => accountKeys.indexOf(meta.pubkey.toString())),
					data: import_bs58.default.encode(data)
				};
			});
			compiledInstructions.forEach((instruction) => {
				assert(instruction.programIdIndex >= 0);
				instruction.accounts.forEach((keyIndex) => assert(keyIndex >= 0));
			});
			return new Message({
				header: {
					numRequiredSignatures,
					numReadonlySignedAccounts,
					numReadonlyUnsignedAccounts
				},
				accountKeys,
				recentBlockhash,
				instructions: compiledInstructions
			});
		}
		/**
		* @internal
		*/
		_compile() {
			const message = this.compileMessage();
			const signedKeys = message.accountKeys.slice(0, message.header.numRequiredSignatures);
			if (this.signatures.length === signedKeys.length) {
				if (this.signatures.every((pair, index) => {
					return signedKeys[index].equals(pair.publicKey);
				})) return message;
			}
			this.signatures = signedKeys.map((publicKey) => ({
				signature: null,
				publicKey
			}));
			return message;
		}
		/**
		* Get a buffer of the Transaction data that need to be covered by signatures
		*/
		serializeMessage() {
			return this._compile().serialize();
		}
		/**
		* Get the estimated fee associated with a transaction
		*
		* @param {Connection} connection Connection to RPC Endpoint.
		*
		* @returns {Promise<number | null>} The estimated fee for the transaction
		*/
		async getEstimatedFee(connection) {
			return (await connection.getFeeForMessage(this.compileMessage())).value;
		}
		/**
		* Specify the public keys which will be used to sign the Transaction.
		* The first signer will be used as the transaction fee payer account.
		*
		* Signatures can be added with either `partialSign` or `addSignature`
		*
		* @deprecated Deprecated since v0.84.0. Only the fee payer needs to be
		* specified and it can be set in the Transaction constructor or with the
		* `feePayer` property.
		*/
		setSigners(...signers) {
			if (signers.length === 0) throw new Error("No signers");
			const seen = /* @__PURE__ */ new Set();
			this.signatures = signers.filter((publicKey) => {
				const key = publicKey.toString();
				if (seen.has(key)) return false;
				else {
					seen.add(key);
					return true;
				}
			}).map((publicKey) => ({
				signature: null,
				publicKey
			}));
		}
		/**
		* Sign the Transaction with the specified signers. Multiple signatures may
		* be applied to a Transaction. The first signature is considered "primary"
		* and is used identify and confirm transactions.
		*
		* If the Transaction `feePayer` is not set, the first signer will be used
		* as the transaction fee payer account.
		*
		* Transaction fields should not be modified after the first call to `sign`,
		* as doing so may invalidate the signature and cause the Transaction to be
		* rejected.
		*
		* The Transaction must be assigned a valid `recentBlockhash` before invoking this method
		*
		* @param {Array<Signer>} signers Array of signers that will sign the transaction
		*/
		sign(...signers) {
			if (signers.length === 0) throw new Error("No signers");
			const seen = /* @__PURE__ */ new Set();
			const uniqueSigners = [];
			for (const signer of signers) {
				const key = signer.publicKey.toString();
				if (seen.has(key)) continue;
				else {
					seen.add(key);
					uniqueSigners.push(signer);
				}
			}
			this.signatures = uniqueSigners.map((signer) => ({
				signature: null,
				publicKey: signer.publicKey
			}));
			const message = this._compile();
			this._partialSign(message, ...uniqueSigners);
		}
		/**
		* Partially sign a transaction with the specified accounts. All accounts must
		* correspond to either the fee payer or a signer account in the transaction
		* instructions.
		*
		* All the caveats from the `sign` method apply to `partialSign`
		*
		* @param {Array<Signer>} signers Array of signers that will sign the transaction
		*/
		partialSign(...signers) {
			if (signers.length === 0) throw new Error("No signers");
			const seen = /* @__PURE__ */ new Set();
			const uniqueSigners = [];
			for (const signer of signers) {
				const key = signer.publicKey.toString();
				if (seen.has(key)) continue;
				else {
					seen.add(key);
					uniqueSigners.push(signer);
				}
			}
			const message = this._compile();
			this._partialSign(message, ...uniqueSigners);
		}
		/**
		* @internal
		*/
		_partialSign(message, ...signers) {
			const signData = message.serialize();
			signers.forEach((signer) => {
				const signature = sign(signData, signer.secretKey);
				this._addSignature(signer.publicKey, toBuffer(signature));
			});
		}
		/**
		* Add an externally created signature to a transaction. The public key
		* must correspond to either the fee payer or a signer account in the transaction
		* instructions.
		*
		* @param {PublicKey} pubkey Public key that will be added to the transaction.
		* @param {Buffer} signature An externally created signature to add to the transaction.
		*/
		addSignature(pubkey, signature) {
			this._compile();
			this._addSignature(pubkey, signature);
		}
		/**
		* @internal
		*/
		_addSignature(pubkey, signature) {
			assert(signature.length === 64);
			const index = this.signatures.findIndex((sigpair) => pubkey.equals(sigpair.publicKey));
			if (index < 0) throw new Error(`unknown signer: ${pubkey.toString()}`);
			this.signatures[index].signature = import_buffer.Buffer.from(signature);
		}
		/**
		* Verify signatures of a Transaction
		* Optional parameter specifies if we're expecting a fully signed Transaction or a partially signed one.
		* If no boolean is provided, we expect a fully signed Transaction by default.
		*
		* @param {boolean} [requireAllSignatures=true] Require a fully signed Transaction
		*/
		verifySignatures(requireAllSignatures = true) {
			return !this._getMessageSignednessErrors(this.serializeMessage(), requireAllSignatures);
		}
		/**
		* @internal
		*/
		_getMessageSignednessErrors(message, requireAllSignatures) {
			const errors = {};
			for (const { signature, publicKey } of this.signatures) if (signature === null) {
				if (requireAllSignatures) (errors.missing ||= []).push(publicKey);
			} else if (!verify(signature, message, publicKey.toBytes())) (errors.invalid ||= []).push(publicKey);
			return errors.invalid || errors.missing ? errors : void 0;
		}
		/**
		* Serialize the Transaction in the wire format.
		*
		* @param {Buffer} [config] Config of transaction.
		*
		* @returns {Buffer} Signature of transaction in wire format.
		*/
		serialize(config) {
			const { requireAllSignatures, verifySignatures } = Object.assign({
				requireAllSignatures: true,
				verifySignatures: true
			}, config);
			const signData = this.serializeMessage();
			if (verifySignatures) {
				const sigErrors = this._getMessageSignednessErrors(signData, requireAllSignatures);
				if (sigErrors) {
					let errorMessage = "Signature verification failed.";
					if (sigErrors.invalid) errorMessage += `\nInvalid signature for public key${sigErrors.invalid.length === 1 ? "" : "(s)"} [\`${sigErrors.invalid.map((p) => p.toBase58()).join("`, `")}\`].`;
					if (sigErrors.missing) errorMessage += `\nMissing signature for public key${sigErrors.missing.length === 1 ? "" : "(s)"} [\`${sigErrors.missing.map((p) => p.toBase58()).join("`, `")}\`].`;
					throw new Error(errorMessage);
				}
			}
			return this._serialize(signData);
		}
		/**
		* @internal
		*/
		_serialize(signData) {
			const { signatures } = this;
			const signatureCount = [];
			encodeLength(signatureCount, signatures.length);
			const transactionLength = signatureCount.length + signatures.length * 64 + signData.length;
			const wireTransaction = import_buffer.Buffer.alloc(transactionLength);
			assert(signatures.length < 256);
			import_buffer.Buffer.from(signatureCount).copy(wireTransaction, 0);
			signatures.forEach(({ signature }, index) => {
				if (signature !== null) {
					assert(signature.length === 64, `signature has invalid length`);
					import_buffer.Buffer.from(signature).copy(wireTransaction, signatureCount.length + index * 64);
				}
			});
			signData.copy(wireTransaction, signatureCount.length + signatures.length * 64);
			assert(wireTransaction.length <= PACKET_DATA_SIZE, `Transaction too large: ${wireTransaction.length} > ${PACKET_DATA_SIZE}`);
			return wireTransaction;
		}
		/**
		* Deprecated method
		* @internal
		*/
		get keys() {
			assert(this.instructions.length === 1);
			return this.instructions[0].keys.map((keyObj) => keyObj.pubkey);
		}
		/**
		* Deprecated method
		* @internal
		*/
		get programId() {
			assert(this.instructions.length === 1);
			return this.instructions[0].programId;
		}
		/**
		* Deprecated method
		* @internal
		*/
		get data() {
			assert(this.instructions.length === 1);
			return this.instructions[0].data;
		}
		/**
		* Parse a wire transaction into a Transaction object.
		*
		* @param {Buffer | Uint8Array | Array<number>} buffer Signature of wire Transaction
		*
		* @returns {Transaction} Transaction associated with the signature
		*/
		static from(buffer) {
			let byteArray = [...buffer];
			const signatureCount = decodeLength(byteArray);
			let signatures = [];
			for (let i = 0; i < signatureCount; i++) {
				const signature = guardedSplice(byteArray, 0, 64);
				signatures.push(import_bs58.default.encode(import_buffer.Buffer.from(signature)));
			}
			return Transaction.populate(Message.from(byteArray), signatures);
		}
		/**
		* Populate Transaction object from message and signatures
		*
		* @param {Message} message Message of transaction
		* @param {Array<string>} signatures List of signatures to assign to the transaction
		*
		* @returns {Transaction} The populated Transaction
		*/
		static populate(message, signatures = []) {
			const transaction = new Transaction();
			transaction.recentBlockhash = message.recentBlockhash;
			if (message.header.numRequiredSignatures > 0) transaction.feePayer = message.accountKeys[0];
			signatures.forEach((signature, index) => {
				const sigPubkeyPair = {
					signature: signature == import_bs58.default.encode(DEFAULT_SIGNATURE) ? null : import_bs58.default.decode(signature),
					publicKey: message.accountKeys[index]
				};
				transaction.signatures.push(sigPubkeyPair);
			});
			message.instructions.forEach((instruction) => {
				const keys = instruction.accounts.map((account) => {
					const pubkey = message.accountKeys[account];
					return {
						pubkey,
						isSigner: transaction.signatures.some((keyObj) => keyObj.publicKey.toString() === pubkey.toString()) || message.isAccountSigner(account),
						isWritable: message.isAccountWritable(account)
					};
				});
				transaction.instructions.push(new TransactionInstruction({
					keys,
					programId: message.accountKeys[instruction.programIdIndex],
					data: import_bs58.default.decode(instruction.data)
				}));
			});
			transaction._message = message;
			transaction._json = transaction.toJSON();
			return transaction;
		}
	};
	VersionedTransaction = class VersionedTransaction {
		get version() {
			return this.message.version;
		}
		constructor(message, signatures) {
			this.signatures = void 0;
			this.message = void 0;
			if (signatures !== void 0) {
				assert(signatures.length === message.header.numRequiredSignatures, "Expected signatures length to be equal to the number of required signatures");
				this.signatures = signatures;
			} else {
				const defaultSignatures = [];
				for (let i = 0; i < message.header.numRequiredSignatures; i++) defaultSignatures.push(/* @__PURE__ */ new Uint8Array(64));
				this.signatures = defaultSignatures;
			}
			this.message = message;
		}
		serialize() {
			const serializedMessage = this.message.serialize();
			const encodedSignaturesLength = Array();
			encodeLength(encodedSignaturesLength, this.signatures.length);
			const transactionLayout = import_Layout.struct([
				import_Layout.blob(encodedSignaturesLength.length, "encodedSignaturesLength"),
				import_Layout.seq(signature(), this.signatures.length, "signatures"),
				import_Layout.blob(serializedMessage.length, "serializedMessage")
			]);
			const serializedTransaction = /* @__PURE__ */ new Uint8Array(2048);
			const serializedTransactionLength = transactionLayout.encode({
				encodedSignaturesLength: new Uint8Array(encodedSignaturesLength),
				signatures: this.signatures,
				serializedMessage
			}, serializedTransaction);
			return serializedTransaction.slice(0, serializedTransactionLength);
		}
		static deserialize(serializedTransaction) {
			if (serializedTransaction[0] === 129) return this.deserializeV1(serializedTransaction);
			let byteArray = [...serializedTransaction];
			const signatures = [];
			const signaturesLength = decodeLength(byteArray);
			for (let i = 0; i < signaturesLength; i++) signatures.push(new Uint8Array(guardedSplice(byteArray, 0, 64)));
			const message = VersionedMessage.deserialize(new Uint8Array(byteArray));
			return new VersionedTransaction(message, signatures);
		}
		static deserializeV1(serializedTransaction) {
			const numRequiredSignatures = serializedTransaction[1];
			const signaturesLength = numRequiredSignatures * 64;
			const messageLength = serializedTransaction.length - signaturesLength;
			assert(messageLength > 0, "Expected transaction to have enough bytes for its signatures");
			const message = VersionedMessage.deserialize(serializedTransaction.slice(0, messageLength));
			const signatures = [];
			for (let i = 0; i < numRequiredSignatures; i++) {
				const offset = messageLength + i * 64;
				signatures.push(serializedTransaction.slice(offset, offset + 64));
			}
			return new VersionedTransaction(message, signatures);
		}
		sign(signers) {
			const messageData = this.message.serialize();
			const signerPubkeys = this.message.staticAccountKeys.slice(0, this.message.header.numRequiredSignatures);
			for (const signer of signers) {
				const signerIndex = signerPubkeys.findIndex((pubkey) => pubkey.equals(signer.publicKey));
				assert(signerIndex >= 0, `Cannot sign with non signer key ${signer.publicKey.toBase58()}`);
				this.signatures[signerIndex] = sign(messageData, signer.secretKey);
			}
		}
		addSignature(publicKey, signature) {
			assert(signature.byteLength === 64, "Signature must be 64 bytes long");
			const signerIndex = this.message.staticAccountKeys.slice(0, this.message.header.numRequiredSignatures).findIndex((pubkey) => pubkey.equals(publicKey));
			assert(signerIndex >= 0, `Can not add signature; \`${publicKey.toBase58()}\` is not required to sign this transaction`);
			this.signatures[signerIndex] = signature;
		}
	};
	MS_PER_SLOT = 1e3 / (160 / 64);
	SYSVAR_CLOCK_PUBKEY = new PublicKey("SysvarC1ock11111111111111111111111111111111");
	new PublicKey("SysvarEpochSchedu1e111111111111111111111111");
	new PublicKey("Sysvar1nstructions1111111111111111111111111");
	SYSVAR_RECENT_BLOCKHASHES_PUBKEY = new PublicKey("SysvarRecentB1ockHashes11111111111111111111");
	SYSVAR_RENT_PUBKEY = new PublicKey("SysvarRent111111111111111111111111111111111");
	new PublicKey("SysvarRewards111111111111111111111111111111");
	new PublicKey("SysvarS1otHashes111111111111111111111111111");
	new PublicKey("SysvarS1otHistory11111111111111111111111111");
	SYSVAR_STAKE_HISTORY_PUBKEY = new PublicKey("SysvarStakeHistory1111111111111111111111111");
	SendTransactionError = class extends Error {
		constructor({ action, signature, transactionMessage, logs }) {
			const maybeLogsOutput = logs ? `Logs: \n${JSON.stringify(logs.slice(-10), null, 2)}. ` : "";
			const guideText = "\nCatch the `SendTransactionError` and call `getLogs()` on it for full details.";
			let message;
			switch (action) {
				case "send":
					message = `Transaction ${signature} resulted in an error. \n${transactionMessage}. ` + maybeLogsOutput + guideText;
					break;
				case "simulate":
					message = `Simulation failed. \nMessage: ${transactionMessage}. \n` + maybeLogsOutput + guideText;
					break;
				default: message = `Unknown action '${((a) => a)(action)}'`;
			}
			super(message);
			this.signature = void 0;
			this.transactionMessage = void 0;
			this.transactionLogs = void 0;
			this.signature = signature;
			this.transactionMessage = transactionMessage;
			this.transactionLogs = logs ? logs : void 0;
		}
		get transactionError() {
			return {
				message: this.transactionMessage,
				logs: Array.isArray(this.transactionLogs) ? this.transactionLogs : void 0
			};
		}
		get logs() {
			const cachedLogs = this.transactionLogs;
			if (cachedLogs != null && typeof cachedLogs === "object" && "then" in cachedLogs) return;
			return cachedLogs;
		}
		async getLogs(connection) {
			if (!Array.isArray(this.transactionLogs)) this.transactionLogs = new Promise((resolve, reject) => {
				connection.getTransaction(this.signature).then((tx) => {
					if (tx && tx.meta && tx.meta.logMessages) {
						const logs = tx.meta.logMessages;
						this.transactionLogs = logs;
						resolve(logs);
					} else reject(/* @__PURE__ */ new Error("Log messages not found"));
				}).catch(reject);
			});
			return await this.transactionLogs;
		}
	};
	SolanaJSONRPCError = class extends Error {
		constructor({ code, message, data }, customMessage) {
			super(customMessage != null ? `${customMessage}: ${message}` : message);
			this.code = void 0;
			this.data = void 0;
			this.code = code;
			this.data = data;
			this.name = "SolanaJSONRPCError";
		}
	};
	FeeCalculatorLayout = import_Layout.nu64("lamportsPerSignature");
	NonceAccountLayout = import_Layout.struct([
		import_Layout.u32("version"),
		import_Layout.u32("state"),
		publicKey("authorizedPubkey"),
		publicKey("nonce"),
		import_Layout.struct([FeeCalculatorLayout], "feeCalculator")
	]);
	NONCE_ACCOUNT_LENGTH = NonceAccountLayout.span;
	NonceAccount = class NonceAccount {
		/**
		* @internal
		*/
		constructor(args) {
			this.authorizedPubkey = void 0;
			this.nonce = void 0;
			this.feeCalculator = void 0;
			this.authorizedPubkey = args.authorizedPubkey;
			this.nonce = args.nonce;
			this.feeCalculator = args.feeCalculator;
		}
		/**
		* Deserialize NonceAccount from the account data.
		*
		* @param buffer account data
		* @return NonceAccount
		*/
		static fromAccountData(buffer) {
			const nonceAccount = NonceAccountLayout.decode(toBuffer(buffer), 0);
			return new NonceAccount({
				authorizedPubkey: new PublicKey(nonceAccount.authorizedPubkey),
				nonce: new PublicKey(nonceAccount.nonce).toString(),
				feeCalculator: nonceAccount.feeCalculator
			});
		}
	};
	SYSTEM_INSTRUCTION_LAYOUTS = Object.freeze({
		Create: {
			index: 0,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				import_Layout.ns64("lamports"),
				import_Layout.ns64("space"),
				publicKey("programId")
			])
		},
		Assign: {
			index: 1,
			layout: import_Layout.struct([import_Layout.u32("instruction"), publicKey("programId")])
		},
		Transfer: {
			index: 2,
			layout: import_Layout.struct([import_Layout.u32("instruction"), u64("lamports")])
		},
		CreateWithSeed: {
			index: 3,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				publicKey("base"),
				rustString("seed"),
				import_Layout.ns64("lamports"),
				import_Layout.ns64("space"),
				publicKey("programId")
			])
		},
		AdvanceNonceAccount: {
			index: 4,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		},
		WithdrawNonceAccount: {
			index: 5,
			layout: import_Layout.struct([import_Layout.u32("instruction"), import_Layout.ns64("lamports")])
		},
		InitializeNonceAccount: {
			index: 6,
			layout: import_Layout.struct([import_Layout.u32("instruction"), publicKey("authorized")])
		},
		AuthorizeNonceAccount: {
			index: 7,
			layout: import_Layout.struct([import_Layout.u32("instruction"), publicKey("authorized")])
		},
		Allocate: {
			index: 8,
			layout: import_Layout.struct([import_Layout.u32("instruction"), import_Layout.ns64("space")])
		},
		AllocateWithSeed: {
			index: 9,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				publicKey("base"),
				rustString("seed"),
				import_Layout.ns64("space"),
				publicKey("programId")
			])
		},
		AssignWithSeed: {
			index: 10,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				publicKey("base"),
				rustString("seed"),
				publicKey("programId")
			])
		},
		TransferWithSeed: {
			index: 11,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				u64("lamports"),
				rustString("seed"),
				publicKey("programId")
			])
		},
		UpgradeNonceAccount: {
			index: 12,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		}
	});
	SystemProgram = class SystemProgram {
		/**
		* @internal
		*/
		constructor() {}
		/**
		* Public key that identifies the System program
		*/
		/**
		* Generate a transaction instruction that creates a new account
		*/
		static createAccount(params) {
			const type = SYSTEM_INSTRUCTION_LAYOUTS.Create;
			const data = encodeData(type, {
				lamports: params.lamports,
				space: params.space,
				programId: toBuffer(params.programId.toBuffer())
			});
			return new TransactionInstruction({
				keys: [{
					pubkey: params.fromPubkey,
					isSigner: true,
					isWritable: true
				}, {
					pubkey: params.newAccountPubkey,
					isSigner: true,
					isWritable: true
				}],
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction instruction that transfers lamports from one account to another
		*/
		static transfer(params) {
			let data;
			let keys;
			if ("basePubkey" in params) {
				const type = SYSTEM_INSTRUCTION_LAYOUTS.TransferWithSeed;
				data = encodeData(type, {
					lamports: BigInt(params.lamports),
					seed: params.seed,
					programId: toBuffer(params.programId.toBuffer())
				});
				keys = [
					{
						pubkey: params.fromPubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: params.basePubkey,
						isSigner: true,
						isWritable: false
					},
					{
						pubkey: params.toPubkey,
						isSigner: false,
						isWritable: true
					}
				];
			} else {
				const type = SYSTEM_INSTRUCTION_LAYOUTS.Transfer;
				data = encodeData(type, { lamports: BigInt(params.lamports) });
				keys = [{
					pubkey: params.fromPubkey,
					isSigner: true,
					isWritable: true
				}, {
					pubkey: params.toPubkey,
					isSigner: false,
					isWritable: true
				}];
			}
			return new TransactionInstruction({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction instruction that assigns an account to a program
		*/
		static assign(params) {
			let data;
			let keys;
			if ("basePubkey" in params) {
				const type = SYSTEM_INSTRUCTION_LAYOUTS.AssignWithSeed;
				data = encodeData(type, {
					base: toBuffer(params.basePubkey.toBuffer()),
					seed: params.seed,
					programId: toBuffer(params.programId.toBuffer())
				});
				keys = [{
					pubkey: params.accountPubkey,
					isSigner: false,
					isWritable: true
				}, {
					pubkey: params.basePubkey,
					isSigner: true,
					isWritable: false
				}];
			} else {
				const type = SYSTEM_INSTRUCTION_LAYOUTS.Assign;
				data = encodeData(type, { programId: toBuffer(params.programId.toBuffer()) });
				keys = [{
					pubkey: params.accountPubkey,
					isSigner: true,
					isWritable: true
				}];
			}
			return new TransactionInstruction({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction instruction that creates a new account at
		*   an address generated with `from`, a seed, and programId
		*/
		static createAccountWithSeed(params) {
			const type = SYSTEM_INSTRUCTION_LAYOUTS.CreateWithSeed;
			const data = encodeData(type, {
				base: toBuffer(params.basePubkey.toBuffer()),
				seed: params.seed,
				lamports: params.lamports,
				space: params.space,
				programId: toBuffer(params.programId.toBuffer())
			});
			let keys = [{
				pubkey: params.fromPubkey,
				isSigner: true,
				isWritable: true
			}, {
				pubkey: params.newAccountPubkey,
				isSigner: false,
				isWritable: true
			}];
			if (!params.basePubkey.equals(params.fromPubkey)) keys.push({
				pubkey: params.basePubkey,
				isSigner: true,
				isWritable: false
			});
			return new TransactionInstruction({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction that creates a new Nonce account
		*/
		static createNonceAccount(params) {
			const transaction = new Transaction();
			if ("basePubkey" in params && "seed" in params) transaction.add(SystemProgram.createAccountWithSeed({
				fromPubkey: params.fromPubkey,
				newAccountPubkey: params.noncePubkey,
				basePubkey: params.basePubkey,
				seed: params.seed,
				lamports: params.lamports,
				space: NONCE_ACCOUNT_LENGTH,
				programId: this.programId
			}));
			else transaction.add(SystemProgram.createAccount({
				fromPubkey: params.fromPubkey,
				newAccountPubkey: params.noncePubkey,
				lamports: params.lamports,
				space: NONCE_ACCOUNT_LENGTH,
				programId: this.programId
			}));
			const initParams = {
				noncePubkey: params.noncePubkey,
				authorizedPubkey: params.authorizedPubkey
			};
			transaction.add(this.nonceInitialize(initParams));
			return transaction;
		}
		/**
		* Generate an instruction to initialize a Nonce account
		*/
		static nonceInitialize(params) {
			const type = SYSTEM_INSTRUCTION_LAYOUTS.InitializeNonceAccount;
			const data = encodeData(type, { authorized: toBuffer(params.authorizedPubkey.toBuffer()) });
			const instructionData = {
				keys: [
					{
						pubkey: params.noncePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: SYSVAR_RECENT_BLOCKHASHES_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: SYSVAR_RENT_PUBKEY,
						isSigner: false,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			};
			return new TransactionInstruction(instructionData);
		}
		/**
		* Generate an instruction to advance the nonce in a Nonce account
		*/
		static nonceAdvance(params) {
			const type = SYSTEM_INSTRUCTION_LAYOUTS.AdvanceNonceAccount;
			const data = encodeData(type);
			const instructionData = {
				keys: [
					{
						pubkey: params.noncePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: SYSVAR_RECENT_BLOCKHASHES_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: params.authorizedPubkey,
						isSigner: true,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			};
			return new TransactionInstruction(instructionData);
		}
		/**
		* Generate a transaction instruction that withdraws lamports from a Nonce account
		*/
		static nonceWithdraw(params) {
			const type = SYSTEM_INSTRUCTION_LAYOUTS.WithdrawNonceAccount;
			const data = encodeData(type, { lamports: params.lamports });
			return new TransactionInstruction({
				keys: [
					{
						pubkey: params.noncePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: params.toPubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: SYSVAR_RECENT_BLOCKHASHES_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: SYSVAR_RENT_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: params.authorizedPubkey,
						isSigner: true,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction instruction that authorizes a new PublicKey as the authority
		* on a Nonce account.
		*/
		static nonceAuthorize(params) {
			const type = SYSTEM_INSTRUCTION_LAYOUTS.AuthorizeNonceAccount;
			const data = encodeData(type, { authorized: toBuffer(params.newAuthorizedPubkey.toBuffer()) });
			return new TransactionInstruction({
				keys: [{
					pubkey: params.noncePubkey,
					isSigner: false,
					isWritable: true
				}, {
					pubkey: params.authorizedPubkey,
					isSigner: true,
					isWritable: false
				}],
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction instruction that allocates space in an account without funding
		*/
		static allocate(params) {
			let data;
			let keys;
			if ("basePubkey" in params) {
				const type = SYSTEM_INSTRUCTION_LAYOUTS.AllocateWithSeed;
				data = encodeData(type, {
					base: toBuffer(params.basePubkey.toBuffer()),
					seed: params.seed,
					space: params.space,
					programId: toBuffer(params.programId.toBuffer())
				});
				keys = [{
					pubkey: params.accountPubkey,
					isSigner: false,
					isWritable: true
				}, {
					pubkey: params.basePubkey,
					isSigner: true,
					isWritable: false
				}];
			} else {
				const type = SYSTEM_INSTRUCTION_LAYOUTS.Allocate;
				data = encodeData(type, { space: params.space });
				keys = [{
					pubkey: params.accountPubkey,
					isSigner: true,
					isWritable: true
				}];
			}
			return new TransactionInstruction({
				keys,
				programId: this.programId,
				data
			});
		}
	};
	SystemProgram.programId = new PublicKey("11111111111111111111111111111111");
	CHUNK_SIZE = 932;
	Loader = class Loader {
		/**
		* @internal
		*/
		constructor() {}
		/**
		* Amount of program data placed in each load Transaction
		*/
		/**
		* Minimum number of signatures required to load a program not including
		* retries
		*
		* Can be used to calculate transaction fees
		*/
		static getMinNumSignatures(dataLength) {
			return 2 * (Math.ceil(dataLength / Loader.chunkSize) + 1 + 1);
		}
		/**
		* Loads a generic program
		*
		* @param connection The connection to use
		* @param payer System account that pays to load the program
		* @param program Account to load the program into
		* @param programId Public key that identifies the loader
		* @param data Program octets
		* @return true if program was loaded successfully, false if program was already loaded
		*/
		static async load(connection, payer, program, programId, data) {
			{
				const balanceNeeded = await connection.getMinimumBalanceForRentExemption(data.length);
				const programInfo = await connection.getAccountInfo(program.publicKey, "confirmed");
				let transaction = null;
				if (programInfo !== null) {
					if (programInfo.executable) {
						console.error("Program load failed, account is already executable");
						return false;
					}
					if (programInfo.data.length !== data.length) {
						transaction = transaction || new Transaction();
						transaction.add(SystemProgram.allocate({
							accountPubkey: program.publicKey,
							space: data.length
						}));
					}
					if (!programInfo.owner.equals(programId)) {
						transaction = transaction || new Transaction();
						transaction.add(SystemProgram.assign({
							accountPubkey: program.publicKey,
							programId
						}));
					}
					if (programInfo.lamports < balanceNeeded) {
						transaction = transaction || new Transaction();
						transaction.add(SystemProgram.transfer({
							fromPubkey: payer.publicKey,
							toPubkey: program.publicKey,
							lamports: balanceNeeded - programInfo.lamports
						}));
					}
				} else transaction = new Transaction().add(SystemProgram.createAccount({
					fromPubkey: payer.publicKey,
					newAccountPubkey: program.publicKey,
					lamports: balanceNeeded > 0 ? balanceNeeded : 1,
					space: data.length,
					programId
				}));
				if (transaction !== null) await sendAndConfirmTransaction(connection, transaction, [payer, program], { commitment: "confirmed" });
			}
			const dataLayout = import_Layout.struct([
				import_Layout.u32("instruction"),
				import_Layout.u32("offset"),
				import_Layout.u32("bytesLength"),
				import_Layout.u32("bytesLengthPadding"),
				import_Layout.seq(import_Layout.u8("byte"), import_Layout.offset(import_Layout.u32(), -8), "bytes")
			]);
			const chunkSize = Loader.chunkSize;
			let offset = 0;
			let array = data;
			let transactions = [];
			while (array.length > 0) {
				const bytes = array.slice(0, chunkSize);
				const data = import_buffer.Buffer.alloc(chunkSize + 16);
				dataLayout.encode({
					instruction: 0,
					offset,
					bytes,
					bytesLength: 0,
					bytesLengthPadding: 0
				}, data);
				const transaction = new Transaction().add({
					keys: [{
						pubkey: program.publicKey,
						isSigner: true,
						isWritable: true
					}],
					programId,
					data
				});
				transactions.push(sendAndConfirmTransaction(connection, transaction, [payer, program], { commitment: "confirmed" }));
				if (connection._rpcEndpoint.includes("solana.com")) await sleep(250);
				offset += chunkSize;
				array = array.slice(chunkSize);
			}
			await Promise.all(transactions);
			{
				const dataLayout = import_Layout.struct([import_Layout.u32("instruction")]);
				const data = import_buffer.Buffer.alloc(dataLayout.span);
				dataLayout.encode({ instruction: 1 }, data);
				const transaction = new Transaction().add({
					keys: [{
						pubkey: program.publicKey,
						isSigner: true,
						isWritable: true
					}, {
						pubkey: SYSVAR_RENT_PUBKEY,
						isSigner: false,
						isWritable: false
					}],
					programId,
					data
				});
				const deployCommitment = "processed";
				const finalizeSignature = await connection.sendTransaction(transaction, [payer, program], { preflightCommitment: deployCommitment });
				const { context, value } = await connection.confirmTransaction({
					signature: finalizeSignature,
					lastValidBlockHeight: transaction.lastValidBlockHeight,
					blockhash: transaction.recentBlockhash
				}, deployCommitment);
				if (value.err) throw new Error(`Transaction ${finalizeSignature} failed (${JSON.stringify(value)})`);
				while (true) {
					try {
						if (await connection.getSlot({ commitment: deployCommitment }) > context.slot) break;
					} catch {}
					await new Promise((resolve) => setTimeout(resolve, Math.round(MS_PER_SLOT / 2)));
				}
			}
			return true;
		}
	};
	Loader.chunkSize = CHUNK_SIZE;
	new PublicKey("BPFLoader2111111111111111111111111111111111");
	fastStableStringify = /*@__PURE__*/ getDefaultExportFromCjs(/* @__PURE__ */ requireFastStableStringify());
	MINIMUM_SLOT_PER_EPOCH = 32;
	EpochSchedule = class {
		constructor(slotsPerEpoch, leaderScheduleSlotOffset, warmup, firstNormalEpoch, firstNormalSlot) {
			/** The maximum number of slots in each epoch */
			this.slotsPerEpoch = void 0;
			/** The number of slots before beginning of an epoch to calculate a leader schedule for that epoch */
			this.leaderScheduleSlotOffset = void 0;
			/** Indicates whether epochs start short and grow */
			this.warmup = void 0;
			/** The first epoch with `slotsPerEpoch` slots */
			this.firstNormalEpoch = void 0;
			/** The first slot of `firstNormalEpoch` */
			this.firstNormalSlot = void 0;
			this.slotsPerEpoch = slotsPerEpoch;
			this.leaderScheduleSlotOffset = leaderScheduleSlotOffset;
			this.warmup = warmup;
			this.firstNormalEpoch = firstNormalEpoch;
			this.firstNormalSlot = firstNormalSlot;
		}
		getEpoch(slot) {
			return this.getEpochAndSlotIndex(slot)[0];
		}
		getEpochAndSlotIndex(slot) {
			if (slot < this.firstNormalSlot) {
				const epoch = trailingZeros(nextPowerOfTwo(slot + MINIMUM_SLOT_PER_EPOCH + 1)) - trailingZeros(MINIMUM_SLOT_PER_EPOCH) - 1;
				return [epoch, slot - (this.getSlotsInEpoch(epoch) - MINIMUM_SLOT_PER_EPOCH)];
			} else {
				const normalSlotIndex = slot - this.firstNormalSlot;
				const normalEpochIndex = Math.floor(normalSlotIndex / this.slotsPerEpoch);
				return [this.firstNormalEpoch + normalEpochIndex, normalSlotIndex % this.slotsPerEpoch];
			}
		}
		getFirstSlotInEpoch(epoch) {
			if (epoch <= this.firstNormalEpoch) return (Math.pow(2, epoch) - 1) * MINIMUM_SLOT_PER_EPOCH;
			else return (epoch - this.firstNormalEpoch) * this.slotsPerEpoch + this.firstNormalSlot;
		}
		getLastSlotInEpoch(epoch) {
			return this.getFirstSlotInEpoch(epoch) + this.getSlotsInEpoch(epoch) - 1;
		}
		getSlotsInEpoch(epoch) {
			if (epoch < this.firstNormalEpoch) return Math.pow(2, epoch + trailingZeros(MINIMUM_SLOT_PER_EPOCH));
			else return this.slotsPerEpoch;
		}
	};
	fetchImpl = globalThis.fetch;
	RpcWebSocketClient = class extends CommonClient {
		constructor(address, options, generate_request_id) {
			const webSocketFactory = (url) => {
				const rpc = WebSocket(url, {
					autoconnect: true,
					max_reconnects: 5,
					reconnect: true,
					reconnect_interval: 1e3,
					...options
				});
				if ("socket" in rpc) this.underlyingSocket = rpc.socket;
				else this.underlyingSocket = rpc;
				return rpc;
			};
			super(webSocketFactory, address, options, generate_request_id);
			this.underlyingSocket = void 0;
		}
		call(...args) {
			const readyState = this.underlyingSocket?.readyState;
			if (readyState === 1) return super.call(...args);
			return Promise.reject(/* @__PURE__ */ new Error("Tried to call a JSON-RPC method `" + args[0] + "` but the socket was not `CONNECTING` or `OPEN` (`readyState` was " + readyState + ")"));
		}
		notify(...args) {
			const readyState = this.underlyingSocket?.readyState;
			if (readyState === 1) return super.notify(...args);
			return Promise.reject(/* @__PURE__ */ new Error("Tried to send a JSON-RPC notification `" + args[0] + "` but the socket was not `CONNECTING` or `OPEN` (`readyState` was " + readyState + ")"));
		}
	};
	LOOKUP_TABLE_META_SIZE = 56;
	AddressLookupTableAccount = class {
		constructor(args) {
			this.key = void 0;
			this.state = void 0;
			this.key = args.key;
			this.state = args.state;
		}
		isActive() {
			const U64_MAX = BigInt("0xffffffffffffffff");
			return this.state.deactivationSlot === U64_MAX;
		}
		static deserialize(accountData) {
			const meta = decodeData(LookupTableMetaLayout, accountData);
			const serializedAddressesLen = accountData.length - LOOKUP_TABLE_META_SIZE;
			assert(serializedAddressesLen >= 0, "lookup table is invalid");
			assert(serializedAddressesLen % 32 === 0, "lookup table is invalid");
			const numSerializedAddresses = serializedAddressesLen / 32;
			const { addresses } = import_Layout.struct([import_Layout.seq(publicKey(), numSerializedAddresses, "addresses")]).decode(accountData.slice(LOOKUP_TABLE_META_SIZE));
			return {
				deactivationSlot: meta.deactivationSlot,
				lastExtendedSlot: meta.lastExtendedSlot,
				lastExtendedSlotStartIndex: meta.lastExtendedStartIndex,
				authority: meta.authority.length !== 0 ? new PublicKey(meta.authority[0]) : void 0,
				addresses: addresses.map((address) => new PublicKey(address))
			};
		}
	};
	LookupTableMetaLayout = {
		index: 1,
		layout: import_Layout.struct([
			import_Layout.u32("typeIndex"),
			u64("deactivationSlot"),
			import_Layout.nu64("lastExtendedSlot"),
			import_Layout.u8("lastExtendedStartIndex"),
			import_Layout.u8(),
			import_Layout.seq(publicKey(), import_Layout.offset(import_Layout.u8(), -1), "authority")
		])
	};
	URL_RE = /^[^:]+:\/\/([^:[]+|\[[^\]]+\])(:\d+)?(.*)/i;
	PublicKeyFromString = coerce(instance(PublicKey), string(), (value) => new PublicKey(value));
	RawAccountDataResult = tuple([string(), literal("base64")]);
	BufferFromRawAccountData = coerce(instance(import_buffer.Buffer), RawAccountDataResult, (value) => import_buffer.Buffer.from(value[0], "base64"));
	BLOCKHASH_CACHE_TIMEOUT_MS = 3e4;
	UnknownRpcResult = createRpcResult(unknown());
	GetInflationGovernorResult = type({
		foundation: number(),
		foundationTerm: number(),
		initial: number(),
		taper: number(),
		terminal: number()
	});
	GetInflationRewardResult = jsonRpcResult(array(nullable(type({
		epoch: number(),
		effectiveSlot: number(),
		amount: number(),
		postBalance: number(),
		commission: optional(nullable(number()))
	}))));
	GetRecentPrioritizationFeesResult = array(type({
		slot: number(),
		prioritizationFee: number()
	}));
	GetInflationRateResult = type({
		total: number(),
		validator: number(),
		foundation: number(),
		epoch: number()
	});
	GetEpochInfoResult = type({
		epoch: number(),
		slotIndex: number(),
		slotsInEpoch: number(),
		absoluteSlot: number(),
		blockHeight: optional(number()),
		transactionCount: optional(number())
	});
	GetEpochScheduleResult = type({
		slotsPerEpoch: number(),
		leaderScheduleSlotOffset: number(),
		warmup: boolean(),
		firstNormalEpoch: number(),
		firstNormalSlot: number()
	});
	GetLeaderScheduleResult = record(string(), array(number()));
	TransactionErrorResult = nullable(union([type({}), string()]));
	SignatureStatusResult = type({ err: TransactionErrorResult });
	SignatureReceivedResult = literal("receivedSignature");
	VersionResult = type({
		"solana-core": string(),
		"feature-set": optional(number())
	});
	ParsedInstructionStruct = type({
		program: string(),
		programId: PublicKeyFromString,
		parsed: unknown()
	});
	PartiallyDecodedInstructionStruct = type({
		programId: PublicKeyFromString,
		accounts: array(PublicKeyFromString),
		data: string()
	});
	SimulatedTransactionResponseStruct = jsonRpcResultAndContext(type({
		err: nullable(union([type({}), string()])),
		logs: nullable(array(string())),
		accounts: optional(nullable(array(nullable(type({
			executable: boolean(),
			owner: string(),
			lamports: number(),
			data: array(string()),
			rentEpoch: optional(number())
		}))))),
		unitsConsumed: optional(number()),
		returnData: optional(nullable(type({
			programId: string(),
			data: tuple([string(), literal("base64")])
		}))),
		innerInstructions: optional(nullable(array(type({
			index: number(),
			instructions: array(union([ParsedInstructionStruct, PartiallyDecodedInstructionStruct]))
		}))))
	}));
	BlockProductionResponseStruct = jsonRpcResultAndContext(type({
		byIdentity: record(string(), array(number())),
		range: type({
			firstSlot: number(),
			lastSlot: number()
		})
	}));
	GetInflationGovernorRpcResult = jsonRpcResult(GetInflationGovernorResult);
	GetInflationRateRpcResult = jsonRpcResult(GetInflationRateResult);
	GetRecentPrioritizationFeesRpcResult = jsonRpcResult(GetRecentPrioritizationFeesResult);
	GetEpochInfoRpcResult = jsonRpcResult(GetEpochInfoResult);
	GetEpochScheduleRpcResult = jsonRpcResult(GetEpochScheduleResult);
	GetLeaderScheduleRpcResult = jsonRpcResult(GetLeaderScheduleResult);
	SlotRpcResult = jsonRpcResult(number());
	GetSupplyRpcResult = jsonRpcResultAndContext(type({
		total: number(),
		circulating: number(),
		nonCirculating: number(),
		nonCirculatingAccounts: array(PublicKeyFromString)
	}));
	TokenAmountResult = type({
		amount: string(),
		uiAmount: nullable(number()),
		decimals: number(),
		uiAmountString: optional(string())
	});
	GetTokenLargestAccountsResult = jsonRpcResultAndContext(array(type({
		address: PublicKeyFromString,
		amount: string(),
		uiAmount: nullable(number()),
		decimals: number(),
		uiAmountString: optional(string())
	})));
	GetTokenAccountsByOwner = jsonRpcResultAndContext(array(type({
		pubkey: PublicKeyFromString,
		account: type({
			executable: boolean(),
			owner: PublicKeyFromString,
			lamports: number(),
			data: BufferFromRawAccountData,
			rentEpoch: number()
		})
	})));
	ParsedAccountDataResult = type({
		program: string(),
		parsed: unknown(),
		space: number()
	});
	GetParsedTokenAccountsByOwner = jsonRpcResultAndContext(array(type({
		pubkey: PublicKeyFromString,
		account: type({
			executable: boolean(),
			owner: PublicKeyFromString,
			lamports: number(),
			data: ParsedAccountDataResult,
			rentEpoch: number()
		})
	})));
	GetLargestAccountsRpcResult = jsonRpcResultAndContext(array(type({
		lamports: number(),
		address: PublicKeyFromString
	})));
	AccountInfoResult = type({
		executable: boolean(),
		owner: PublicKeyFromString,
		lamports: number(),
		data: BufferFromRawAccountData,
		rentEpoch: number()
	});
	KeyedAccountInfoResult = type({
		pubkey: PublicKeyFromString,
		account: AccountInfoResult
	});
	ParsedOrRawAccountData = coerce(union([instance(import_buffer.Buffer), ParsedAccountDataResult]), union([RawAccountDataResult, ParsedAccountDataResult]), (value) => {
		if (Array.isArray(value)) return create(value, BufferFromRawAccountData);
		else return value;
	});
	ParsedAccountInfoResult = type({
		executable: boolean(),
		owner: PublicKeyFromString,
		lamports: number(),
		data: ParsedOrRawAccountData,
		rentEpoch: number()
	});
	KeyedParsedAccountInfoResult = type({
		pubkey: PublicKeyFromString,
		account: ParsedAccountInfoResult
	});
	StakeActivationResult = type({
		state: union([
			literal("active"),
			literal("inactive"),
			literal("activating"),
			literal("deactivating")
		]),
		active: number(),
		inactive: number()
	});
	GetConfirmedSignaturesForAddress2RpcResult = jsonRpcResult(array(type({
		signature: string(),
		slot: number(),
		err: TransactionErrorResult,
		memo: nullable(string()),
		blockTime: optional(nullable(number()))
	})));
	GetSignaturesForAddressRpcResult = jsonRpcResult(array(type({
		signature: string(),
		slot: number(),
		err: TransactionErrorResult,
		memo: nullable(string()),
		blockTime: optional(nullable(number()))
	})));
	AccountNotificationResult = type({
		subscription: number(),
		result: notificationResultAndContext(AccountInfoResult)
	});
	ProgramAccountInfoResult = type({
		pubkey: PublicKeyFromString,
		account: AccountInfoResult
	});
	ProgramAccountNotificationResult = type({
		subscription: number(),
		result: notificationResultAndContext(ProgramAccountInfoResult)
	});
	SlotInfoResult = type({
		parent: number(),
		slot: number(),
		root: number()
	});
	SlotNotificationResult = type({
		subscription: number(),
		result: SlotInfoResult
	});
	SlotUpdateResult = union([
		type({
			type: union([
				literal("firstShredReceived"),
				literal("completed"),
				literal("optimisticConfirmation"),
				literal("root")
			]),
			slot: number(),
			timestamp: number()
		}),
		type({
			type: literal("createdBank"),
			parent: number(),
			slot: number(),
			timestamp: number()
		}),
		type({
			type: literal("frozen"),
			slot: number(),
			timestamp: number(),
			stats: type({
				numTransactionEntries: number(),
				numSuccessfulTransactions: number(),
				numFailedTransactions: number(),
				maxTransactionsPerEntry: number()
			})
		}),
		type({
			type: literal("dead"),
			slot: number(),
			timestamp: number(),
			err: string()
		})
	]);
	SlotUpdateNotificationResult = type({
		subscription: number(),
		result: SlotUpdateResult
	});
	SignatureNotificationResult = type({
		subscription: number(),
		result: notificationResultAndContext(union([SignatureStatusResult, SignatureReceivedResult]))
	});
	RootNotificationResult = type({
		subscription: number(),
		result: number()
	});
	ContactInfoResult = type({
		pubkey: string(),
		gossip: nullable(string()),
		tpu: nullable(string()),
		rpc: nullable(string()),
		version: nullable(string())
	});
	VoteAccountInfoResult = type({
		votePubkey: string(),
		nodePubkey: string(),
		activatedStake: number(),
		epochVoteAccount: boolean(),
		epochCredits: array(tuple([
			number(),
			number(),
			number()
		])),
		commission: number(),
		lastVote: number(),
		rootSlot: nullable(number())
	});
	GetVoteAccounts = jsonRpcResult(type({
		current: array(VoteAccountInfoResult),
		delinquent: array(VoteAccountInfoResult)
	}));
	ConfirmationStatus = union([
		literal("processed"),
		literal("confirmed"),
		literal("finalized")
	]);
	SignatureStatusResponse = type({
		slot: number(),
		confirmations: nullable(number()),
		err: TransactionErrorResult,
		confirmationStatus: optional(ConfirmationStatus)
	});
	GetSignatureStatusesRpcResult = jsonRpcResultAndContext(array(nullable(SignatureStatusResponse)));
	GetMinimumBalanceForRentExemptionRpcResult = jsonRpcResult(number());
	AddressTableLookupStruct = type({
		accountKey: PublicKeyFromString,
		writableIndexes: array(number()),
		readonlyIndexes: array(number())
	});
	TransactionConfigResult = type({
		computeUnitLimit: nullable(number()),
		heapSize: nullable(number()),
		loadedAccountsDataSizeLimit: nullable(number()),
		priorityFee: nullable(number())
	});
	ConfirmedTransactionResult = type({
		signatures: array(string()),
		message: type({
			accountKeys: array(string()),
			header: type({
				numRequiredSignatures: number(),
				numReadonlySignedAccounts: number(),
				numReadonlyUnsignedAccounts: number()
			}),
			instructions: array(type({
				accounts: array(number()),
				data: string(),
				programIdIndex: number()
			})),
			recentBlockhash: string(),
			addressTableLookups: optional(array(AddressTableLookupStruct)),
			transactionConfig: optional(nullable(TransactionConfigResult))
		})
	});
	AnnotatedAccountKey = type({
		pubkey: PublicKeyFromString,
		signer: boolean(),
		writable: boolean(),
		source: optional(union([literal("transaction"), literal("lookupTable")]))
	});
	ConfirmedTransactionAccountsModeResult = type({
		accountKeys: array(AnnotatedAccountKey),
		signatures: array(string())
	});
	ParsedInstructionResult = type({
		parsed: unknown(),
		program: string(),
		programId: PublicKeyFromString
	});
	RawInstructionResult = type({
		accounts: array(PublicKeyFromString),
		data: string(),
		programId: PublicKeyFromString
	});
	InstructionResult = union([RawInstructionResult, ParsedInstructionResult]);
	UnknownInstructionResult = union([type({
		parsed: unknown(),
		program: string(),
		programId: string()
	}), type({
		accounts: array(string()),
		data: string(),
		programId: string()
	})]);
	ParsedOrRawInstruction = coerce(InstructionResult, UnknownInstructionResult, (value) => {
		if ("accounts" in value) return create(value, RawInstructionResult);
		else return create(value, ParsedInstructionResult);
	});
	ParsedConfirmedTransactionResult = type({
		signatures: array(string()),
		message: type({
			accountKeys: array(AnnotatedAccountKey),
			instructions: array(ParsedOrRawInstruction),
			recentBlockhash: string(),
			addressTableLookups: optional(nullable(array(AddressTableLookupStruct))),
			transactionConfig: optional(nullable(TransactionConfigResult))
		})
	});
	TokenBalanceResult = type({
		accountIndex: number(),
		mint: string(),
		owner: optional(string()),
		programId: optional(string()),
		uiTokenAmount: TokenAmountResult
	});
	LoadedAddressesResult = type({
		writable: array(PublicKeyFromString),
		readonly: array(PublicKeyFromString)
	});
	ConfirmedTransactionMetaResult = type({
		err: TransactionErrorResult,
		fee: number(),
		innerInstructions: optional(nullable(array(type({
			index: number(),
			instructions: array(type({
				accounts: array(number()),
				data: string(),
				programIdIndex: number()
			}))
		})))),
		preBalances: array(number()),
		postBalances: array(number()),
		logMessages: optional(nullable(array(string()))),
		preTokenBalances: optional(nullable(array(TokenBalanceResult))),
		postTokenBalances: optional(nullable(array(TokenBalanceResult))),
		loadedAddresses: optional(LoadedAddressesResult),
		computeUnitsConsumed: optional(number()),
		costUnits: optional(number())
	});
	ParsedConfirmedTransactionMetaResult = type({
		err: TransactionErrorResult,
		fee: number(),
		innerInstructions: optional(nullable(array(type({
			index: number(),
			instructions: array(ParsedOrRawInstruction)
		})))),
		preBalances: array(number()),
		postBalances: array(number()),
		logMessages: optional(nullable(array(string()))),
		preTokenBalances: optional(nullable(array(TokenBalanceResult))),
		postTokenBalances: optional(nullable(array(TokenBalanceResult))),
		loadedAddresses: optional(LoadedAddressesResult),
		computeUnitsConsumed: optional(number()),
		costUnits: optional(number())
	});
	TransactionVersionStruct = union([
		literal(0),
		literal(1),
		literal("legacy")
	]);
	RewardsResult = type({
		pubkey: string(),
		lamports: number(),
		postBalance: nullable(number()),
		rewardType: nullable(string()),
		commission: optional(nullable(number()))
	});
	GetBlockRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		transactions: array(type({
			transaction: ConfirmedTransactionResult,
			meta: nullable(ConfirmedTransactionMetaResult),
			version: optional(TransactionVersionStruct)
		})),
		rewards: optional(array(RewardsResult)),
		blockTime: nullable(number()),
		blockHeight: nullable(number())
	})));
	GetNoneModeBlockRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		rewards: optional(array(RewardsResult)),
		blockTime: nullable(number()),
		blockHeight: nullable(number())
	})));
	GetAccountsModeBlockRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		transactions: array(type({
			transaction: ConfirmedTransactionAccountsModeResult,
			meta: nullable(ConfirmedTransactionMetaResult),
			version: optional(TransactionVersionStruct)
		})),
		rewards: optional(array(RewardsResult)),
		blockTime: nullable(number()),
		blockHeight: nullable(number())
	})));
	GetParsedBlockRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		transactions: array(type({
			transaction: ParsedConfirmedTransactionResult,
			meta: nullable(ParsedConfirmedTransactionMetaResult),
			version: optional(TransactionVersionStruct)
		})),
		rewards: optional(array(RewardsResult)),
		blockTime: nullable(number()),
		blockHeight: nullable(number())
	})));
	GetParsedAccountsModeBlockRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		transactions: array(type({
			transaction: ConfirmedTransactionAccountsModeResult,
			meta: nullable(ParsedConfirmedTransactionMetaResult),
			version: optional(TransactionVersionStruct)
		})),
		rewards: optional(array(RewardsResult)),
		blockTime: nullable(number()),
		blockHeight: nullable(number())
	})));
	GetParsedNoneModeBlockRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		rewards: optional(array(RewardsResult)),
		blockTime: nullable(number()),
		blockHeight: nullable(number())
	})));
	GetConfirmedBlockRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		transactions: array(type({
			transaction: ConfirmedTransactionResult,
			meta: nullable(ConfirmedTransactionMetaResult)
		})),
		rewards: optional(array(RewardsResult)),
		blockTime: nullable(number())
	})));
	GetBlockSignaturesRpcResult = jsonRpcResult(nullable(type({
		blockhash: string(),
		previousBlockhash: string(),
		parentSlot: number(),
		signatures: array(string()),
		blockTime: nullable(number())
	})));
	GetTransactionRpcResult = jsonRpcResult(nullable(type({
		slot: number(),
		meta: nullable(ConfirmedTransactionMetaResult),
		blockTime: optional(nullable(number())),
		transaction: ConfirmedTransactionResult,
		version: optional(TransactionVersionStruct)
	})));
	GetParsedTransactionRpcResult = jsonRpcResult(nullable(type({
		slot: number(),
		transaction: ParsedConfirmedTransactionResult,
		meta: nullable(ParsedConfirmedTransactionMetaResult),
		blockTime: optional(nullable(number())),
		version: optional(TransactionVersionStruct)
	})));
	GetLatestBlockhashRpcResult = jsonRpcResultAndContext(type({
		blockhash: string(),
		lastValidBlockHeight: number()
	}));
	IsBlockhashValidRpcResult = jsonRpcResultAndContext(boolean());
	PerfSampleResult = type({
		slot: number(),
		numTransactions: number(),
		numSlots: number(),
		samplePeriodSecs: number()
	});
	GetRecentPerformanceSamplesRpcResult = jsonRpcResult(array(PerfSampleResult));
	GetFeeCalculatorRpcResult = jsonRpcResultAndContext(nullable(type({ feeCalculator: type({ lamportsPerSignature: number() }) })));
	RequestAirdropRpcResult = jsonRpcResult(string());
	SendTransactionRpcResult = jsonRpcResult(string());
	LogsResult = type({
		err: TransactionErrorResult,
		logs: array(string()),
		signature: string()
	});
	LogsNotificationResult = type({
		result: notificationResultAndContext(LogsResult),
		subscription: number()
	});
	COMMON_HTTP_HEADERS = { "solana-client": `js/1.99.0` };
	Connection = class {
		/**
		* Establish a JSON RPC connection
		*
		* @param endpoint URL to the fullnode JSON RPC endpoint
		* @param commitmentOrConfig optional default commitment level or optional ConnectionConfig configuration object
		*/
		constructor(endpoint, _commitmentOrConfig) {
			/** @internal */
			this._commitment = void 0;
			/** @internal */
			this._confirmTransactionInitialTimeout = void 0;
			/** @internal */
			this._rpcEndpoint = void 0;
			/** @internal */
			this._rpcWsEndpoint = void 0;
			/** @internal */
			this._rpcClient = void 0;
			/** @internal */
			this._rpcRequest = void 0;
			/** @internal */
			this._rpcBatchRequest = void 0;
			/** @internal */
			this._rpcWebSocket = void 0;
			/** @internal */
			this._rpcWebSocketConnected = false;
			/** @internal */
			this._rpcWebSocketHeartbeat = null;
			/** @internal */
			this._rpcWebSocketIdleTimeout = null;
			/** @internal
			* A number that we increment every time an active connection closes.
			* Used to determine whether the same socket connection that was open
			* when an async operation started is the same one that's active when
			* its continuation fires.
			*
			*/
			this._rpcWebSocketGeneration = 0;
			/** @internal */
			this._disableBlockhashCaching = false;
			/** @internal */
			this._pollingBlockhash = false;
			/** @internal */
			this._blockhashInfo = {
				latestBlockhash: null,
				lastFetch: 0,
				transactionSignatures: [],
				simulatedSignatures: []
			};
			/** @internal */
			this._nextClientSubscriptionId = 0;
			/** @internal */
			this._subscriptionDisposeFunctionsByClientSubscriptionId = {};
			/** @internal */
			this._subscriptionHashByClientSubscriptionId = {};
			/** @internal */
			this._subscriptionStateChangeCallbacksByHash = {};
			/** @internal */
			this._subscriptionCallbacksByServerSubscriptionId = {};
			/** @internal */
			this._subscriptionsByHash = {};
			/**
			* Special case.
			* After a signature is processed, RPCs automatically dispose of the
			* subscription on the server side. We need to track which of these
			* subscriptions have been disposed in such a way, so that we know
			* whether the client is dealing with a not-yet-processed signature
			* (in which case we must tear down the server subscription) or an
			* already-processed signature (in which case the client can simply
			* clear out the subscription locally without telling the server).
			*
			* NOTE: There is a proposal to eliminate this special case, here:
			* https://github.com/solana-labs/solana/issues/18892
			*/
			/** @internal */
			this._subscriptionsAutoDisposedByRpc = /* @__PURE__ */ new Set();
			this.getBlockHeight = (() => {
				const requestPromises = {};
				return async (commitmentOrConfig) => {
					const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
					const args = this._buildArgs([], commitment, void 0, config);
					const requestHash = fastStableStringify(args);
					requestPromises[requestHash] = requestPromises[requestHash] ?? (async () => {
						try {
							const res = create(await this._rpcRequest("getBlockHeight", args), jsonRpcResult(number()));
							if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get block height information");
							return res.result;
						} finally {
							delete requestPromises[requestHash];
						}
					})();
					return await requestPromises[requestHash];
				};
			})();
			let wsEndpoint;
			let httpHeaders;
			let fetch;
			let fetchMiddleware;
			let disableRetryOnRateLimit;
			let httpAgent;
			if (_commitmentOrConfig && typeof _commitmentOrConfig === "string") this._commitment = _commitmentOrConfig;
			else if (_commitmentOrConfig) {
				this._commitment = _commitmentOrConfig.commitment;
				this._confirmTransactionInitialTimeout = _commitmentOrConfig.confirmTransactionInitialTimeout;
				wsEndpoint = _commitmentOrConfig.wsEndpoint;
				httpHeaders = _commitmentOrConfig.httpHeaders;
				fetch = _commitmentOrConfig.fetch;
				fetchMiddleware = _commitmentOrConfig.fetchMiddleware;
				disableRetryOnRateLimit = _commitmentOrConfig.disableRetryOnRateLimit;
				httpAgent = _commitmentOrConfig.httpAgent;
			}
			this._rpcEndpoint = assertEndpointUrl(endpoint);
			this._rpcWsEndpoint = wsEndpoint || makeWebsocketUrl(endpoint);
			this._rpcClient = createRpcClient(endpoint, httpHeaders, fetch, fetchMiddleware, disableRetryOnRateLimit, httpAgent);
			this._rpcRequest = createRpcRequest(this._rpcClient);
			this._rpcBatchRequest = createRpcBatchRequest(this._rpcClient);
			this._rpcWebSocket = new RpcWebSocketClient(this._rpcWsEndpoint, {
				autoconnect: false,
				max_reconnects: Infinity
			});
			this._rpcWebSocket.on("open", this._wsOnOpen.bind(this));
			this._rpcWebSocket.on("error", this._wsOnError.bind(this));
			this._rpcWebSocket.on("close", this._wsOnClose.bind(this));
			this._rpcWebSocket.on("accountNotification", this._wsOnAccountNotification.bind(this));
			this._rpcWebSocket.on("programNotification", this._wsOnProgramAccountNotification.bind(this));
			this._rpcWebSocket.on("slotNotification", this._wsOnSlotNotification.bind(this));
			this._rpcWebSocket.on("slotsUpdatesNotification", this._wsOnSlotUpdatesNotification.bind(this));
			this._rpcWebSocket.on("signatureNotification", this._wsOnSignatureNotification.bind(this));
			this._rpcWebSocket.on("rootNotification", this._wsOnRootNotification.bind(this));
			this._rpcWebSocket.on("logsNotification", this._wsOnLogsNotification.bind(this));
		}
		/**
		* The default commitment used for requests
		*/
		get commitment() {
			return this._commitment;
		}
		/**
		* The RPC endpoint
		*/
		get rpcEndpoint() {
			return this._rpcEndpoint;
		}
		/**
		* Fetch the balance for the specified public key, return with context
		*/
		async getBalanceAndContext(publicKey, commitmentOrConfig) {
			/** @internal */
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([publicKey.toBase58()], commitment, void 0, config);
			const res = create(await this._rpcRequest("getBalance", args), jsonRpcResultAndContext(number()));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get balance for ${publicKey.toBase58()}`);
			return res.result;
		}
		/**
		* Fetch the balance for the specified public key
		*/
		async getBalance(publicKey, commitmentOrConfig) {
			return await this.getBalanceAndContext(publicKey, commitmentOrConfig).then((x) => x.value).catch((e) => {
				throw new Error("failed to get balance of account " + publicKey.toBase58() + ": " + e);
			});
		}
		/**
		* Fetch the estimated production time of a block
		*/
		async getBlockTime(slot) {
			const res = create(await this._rpcRequest("getBlockTime", [slot]), jsonRpcResult(nullable(number())));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get block time for slot ${slot}`);
			return res.result;
		}
		/**
		* Fetch the lowest slot that the node has information about in its ledger.
		* This value may increase over time if the node is configured to purge older ledger data
		*/
		async getMinimumLedgerSlot() {
			const res = create(await this._rpcRequest("minimumLedgerSlot", []), jsonRpcResult(number()));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get minimum ledger slot");
			return res.result;
		}
		/**
		* Fetch the slot of the lowest confirmed block that has not been purged from the ledger
		*/
		async getFirstAvailableBlock() {
			const res = create(await this._rpcRequest("getFirstAvailableBlock", []), SlotRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get first available block");
			return res.result;
		}
		/**
		* Fetch information about the current supply
		*/
		async getSupply(config) {
			let configArg = {};
			if (typeof config === "string") configArg = { commitment: config };
			else if (config) configArg = {
				...config,
				commitment: config && config.commitment || this.commitment
			};
			else configArg = { commitment: this.commitment };
			const res = create(await this._rpcRequest("getSupply", [configArg]), GetSupplyRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get supply");
			return res.result;
		}
		/**
		* Fetch the current supply of a token mint
		*/
		async getTokenSupply(tokenMintAddress, commitment) {
			const args = this._buildArgs([tokenMintAddress.toBase58()], commitment);
			const res = create(await this._rpcRequest("getTokenSupply", args), jsonRpcResultAndContext(TokenAmountResult));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get token supply");
			return res.result;
		}
		/**
		* Fetch the current balance of a token account
		*/
		async getTokenAccountBalance(tokenAddress, commitment) {
			const args = this._buildArgs([tokenAddress.toBase58()], commitment);
			const res = create(await this._rpcRequest("getTokenAccountBalance", args), jsonRpcResultAndContext(TokenAmountResult));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get token account balance");
			return res.result;
		}
		/**
		* Fetch all the token accounts owned by the specified account
		*
		* @return {Promise<RpcResponseAndContext<GetProgramAccountsResponse>}
		*/
		async getTokenAccountsByOwner(ownerAddress, filter, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			let _args = [ownerAddress.toBase58()];
			if ("mint" in filter) _args.push({ mint: filter.mint.toBase58() });
			else _args.push({ programId: filter.programId.toBase58() });
			const args = this._buildArgs(_args, commitment, "base64", config);
			const res = create(await this._rpcRequest("getTokenAccountsByOwner", args), GetTokenAccountsByOwner);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get token accounts owned by account ${ownerAddress.toBase58()}`);
			return res.result;
		}
		/**
		* Fetch parsed token accounts owned by the specified account
		*
		* @return {Promise<RpcResponseAndContext<Array<{pubkey: PublicKey, account: AccountInfo<ParsedAccountData>}>>>}
		*/
		async getParsedTokenAccountsByOwner(ownerAddress, filter, commitment) {
			let _args = [ownerAddress.toBase58()];
			if ("mint" in filter) _args.push({ mint: filter.mint.toBase58() });
			else _args.push({ programId: filter.programId.toBase58() });
			const args = this._buildArgs(_args, commitment, "jsonParsed");
			const res = create(await this._rpcRequest("getTokenAccountsByOwner", args), GetParsedTokenAccountsByOwner);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get token accounts owned by account ${ownerAddress.toBase58()}`);
			return res.result;
		}
		/**
		* Fetch the 20 largest accounts with their current balances
		*/
		async getLargestAccounts(config) {
			const arg = {
				...config,
				commitment: config && config.commitment || this.commitment
			};
			const args = arg.filter || arg.commitment ? [arg] : [];
			const res = create(await this._rpcRequest("getLargestAccounts", args), GetLargestAccountsRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get largest accounts");
			return res.result;
		}
		/**
		* Fetch the 20 largest token accounts with their current balances
		* for a given mint.
		*/
		async getTokenLargestAccounts(mintAddress, commitment) {
			const args = this._buildArgs([mintAddress.toBase58()], commitment);
			const res = create(await this._rpcRequest("getTokenLargestAccounts", args), GetTokenLargestAccountsResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get token largest accounts");
			return res.result;
		}
		/**
		* Fetch all the account info for the specified public key, return with context
		*/
		async getAccountInfoAndContext(publicKey, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([publicKey.toBase58()], commitment, "base64", config);
			const res = create(await this._rpcRequest("getAccountInfo", args), jsonRpcResultAndContext(nullable(AccountInfoResult)));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get info about account ${publicKey.toBase58()}`);
			return res.result;
		}
		/**
		* Fetch parsed account info for the specified public key
		*/
		async getParsedAccountInfo(publicKey, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([publicKey.toBase58()], commitment, "jsonParsed", config);
			const res = create(await this._rpcRequest("getAccountInfo", args), jsonRpcResultAndContext(nullable(ParsedAccountInfoResult)));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get info about account ${publicKey.toBase58()}`);
			return res.result;
		}
		/**
		* Fetch all the account info for the specified public key
		*/
		async getAccountInfo(publicKey, commitmentOrConfig) {
			try {
				return (await this.getAccountInfoAndContext(publicKey, commitmentOrConfig)).value;
			} catch (e) {
				throw new Error("failed to get info about account " + publicKey.toBase58() + ": " + e);
			}
		}
		/**
		* Fetch all the account info for multiple accounts specified by an array of public keys, return with context
		*/
		async getMultipleParsedAccounts(publicKeys, rawConfig) {
			const { commitment, config } = extractCommitmentFromConfig(rawConfig);
			const keys = publicKeys.map((key) => key.toBase58());
			const args = this._buildArgs([keys], commitment, "jsonParsed", config);
			const res = create(await this._rpcRequest("getMultipleAccounts", args), jsonRpcResultAndContext(array(nullable(ParsedAccountInfoResult))));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get info for accounts ${keys}`);
			return res.result;
		}
		/**
		* Fetch all the account info for multiple accounts specified by an array of public keys, return with context
		*/
		async getMultipleAccountsInfoAndContext(publicKeys, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const keys = publicKeys.map((key) => key.toBase58());
			const args = this._buildArgs([keys], commitment, "base64", config);
			const res = create(await this._rpcRequest("getMultipleAccounts", args), jsonRpcResultAndContext(array(nullable(AccountInfoResult))));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get info for accounts ${keys}`);
			return res.result;
		}
		/**
		* Fetch all the account info for multiple accounts specified by an array of public keys
		*/
		async getMultipleAccountsInfo(publicKeys, commitmentOrConfig) {
			return (await this.getMultipleAccountsInfoAndContext(publicKeys, commitmentOrConfig)).value;
		}
		/**
		* Returns epoch activation information for a stake account that has been delegated
		*
		* @deprecated Deprecated since RPC v1.18; will be removed in a future version.
		*/
		async getStakeActivation(publicKey, commitmentOrConfig, epoch) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([publicKey.toBase58()], commitment, void 0, {
				...config,
				epoch: epoch != null ? epoch : config?.epoch
			});
			const res = create(await this._rpcRequest("getStakeActivation", args), jsonRpcResult(StakeActivationResult));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get Stake Activation ${publicKey.toBase58()}`);
			return res.result;
		}
		/**
		* Fetch all the accounts owned by the specified program id
		*
		* @return {Promise<Array<{pubkey: PublicKey, account: AccountInfo<Buffer>}>>}
		*/
		async getProgramAccounts(programId, configOrCommitment) {
			const { commitment, config } = extractCommitmentFromConfig(configOrCommitment);
			const { encoding, ...configWithoutEncoding } = config || {};
			const args = this._buildArgs([programId.toBase58()], commitment, encoding || "base64", {
				...configWithoutEncoding,
				...configWithoutEncoding.filters ? { filters: applyDefaultMemcmpEncodingToFilters(configWithoutEncoding.filters) } : null
			});
			const unsafeRes = await this._rpcRequest("getProgramAccounts", args);
			const baseSchema = array(KeyedAccountInfoResult);
			const res = configWithoutEncoding.withContext === true ? create(unsafeRes, jsonRpcResultAndContext(baseSchema)) : create(unsafeRes, jsonRpcResult(baseSchema));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get accounts owned by program ${programId.toBase58()}`);
			return res.result;
		}
		/**
		* Fetch and parse all the accounts owned by the specified program id
		*
		* @return {Promise<Array<{pubkey: PublicKey, account: AccountInfo<Buffer | ParsedAccountData>}>>}
		*/
		async getParsedProgramAccounts(programId, configOrCommitment) {
			const { commitment, config } = extractCommitmentFromConfig(configOrCommitment);
			const args = this._buildArgs([programId.toBase58()], commitment, "jsonParsed", config);
			const res = create(await this._rpcRequest("getProgramAccounts", args), jsonRpcResult(array(KeyedParsedAccountInfoResult)));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get accounts owned by program ${programId.toBase58()}`);
			return res.result;
		}
		/** @deprecated Instead, call `confirmTransaction` and pass in {@link TransactionConfirmationStrategy} */
		async confirmTransaction(strategy, commitment) {
			let rawSignature;
			if (typeof strategy == "string") rawSignature = strategy;
			else {
				const config = strategy;
				if (config.abortSignal?.aborted) return Promise.reject(config.abortSignal.reason);
				rawSignature = config.signature;
			}
			let decodedSignature;
			try {
				decodedSignature = import_bs58.default.decode(rawSignature);
			} catch (err) {
				throw new Error("signature must be base58 encoded: " + rawSignature);
			}
			assert(decodedSignature.length === 64, "signature has invalid length");
			if (typeof strategy === "string") return await this.confirmTransactionUsingLegacyTimeoutStrategy({
				commitment: commitment || this.commitment,
				signature: rawSignature
			});
			else if ("lastValidBlockHeight" in strategy) return await this.confirmTransactionUsingBlockHeightExceedanceStrategy({
				commitment: commitment || this.commitment,
				strategy
			});
			else return await this.confirmTransactionUsingDurableNonceStrategy({
				commitment: commitment || this.commitment,
				strategy
			});
		}
		getCancellationPromise(signal) {
			return new Promise((_, reject) => {
				if (signal == null) return;
				if (signal.aborted) reject(signal.reason);
				else signal.addEventListener("abort", () => {
					reject(signal.reason);
				});
			});
		}
		getTransactionConfirmationPromise({ commitment, signature }) {
			let signatureSubscriptionId;
			let disposeSignatureSubscriptionStateChangeObserver;
			let done = false;
			const confirmationPromise = new Promise((resolve, reject) => {
				try {
					signatureSubscriptionId = this.onSignature(signature, (result, context) => {
						signatureSubscriptionId = void 0;
						const response = {
							context,
							value: result
						};
						resolve({
							__type: TransactionStatus.PROCESSED,
							response
						});
					}, commitment);
					const subscriptionSetupPromise = new Promise((resolveSubscriptionSetup) => {
						if (signatureSubscriptionId == null) resolveSubscriptionSetup();
						else disposeSignatureSubscriptionStateChangeObserver = this._onSubscriptionStateChange(signatureSubscriptionId, (nextState) => {
							if (nextState === "subscribed") resolveSubscriptionSetup();
						});
					});
					(async () => {
						await subscriptionSetupPromise;
						if (done) return;
						const response = await this.getSignatureStatus(signature);
						if (done) return;
						if (response == null) return;
						const { context, value } = response;
						if (value == null) return;
						if (value?.err) reject(value.err);
						else {
							switch (commitment) {
								case "confirmed":
								case "single":
								case "singleGossip":
									if (value.confirmationStatus === "processed") return;
									break;
								case "finalized":
								case "max":
								case "root": if (value.confirmationStatus === "processed" || value.confirmationStatus === "confirmed") return;
							}
							done = true;
							resolve({
								__type: TransactionStatus.PROCESSED,
								response: {
									context,
									value
								}
							});
						}
					})();
				} catch (err) {
					reject(err);
				}
			});
			const abortConfirmation = () => {
				if (disposeSignatureSubscriptionStateChangeObserver) {
					disposeSignatureSubscriptionStateChangeObserver();
					disposeSignatureSubscriptionStateChangeObserver = void 0;
				}
				if (signatureSubscriptionId != null) {
					this.removeSignatureListener(signatureSubscriptionId);
					signatureSubscriptionId = void 0;
				}
			};
			return {
				abortConfirmation,
				confirmationPromise
			};
		}
		async confirmTransactionUsingBlockHeightExceedanceStrategy({ commitment, strategy: { abortSignal, lastValidBlockHeight, signature } }) {
			let done = false;
			const expiryPromise = new Promise((resolve) => {
				const checkBlockHeight = async () => {
					try {
						return await this.getBlockHeight(commitment);
					} catch (_e) {
						return -1;
					}
				};
				(async () => {
					let currentBlockHeight = await checkBlockHeight();
					if (done) return;
					while (currentBlockHeight <= lastValidBlockHeight) {
						await sleep(1e3);
						if (done) return;
						currentBlockHeight = await checkBlockHeight();
						if (done) return;
					}
					resolve({ __type: TransactionStatus.BLOCKHEIGHT_EXCEEDED });
				})();
			});
			const { abortConfirmation, confirmationPromise } = this.getTransactionConfirmationPromise({
				commitment,
				signature
			});
			const cancellationPromise = this.getCancellationPromise(abortSignal);
			let result;
			try {
				const outcome = await Promise.race([
					cancellationPromise,
					confirmationPromise,
					expiryPromise
				]);
				if (outcome.__type === TransactionStatus.PROCESSED) result = outcome.response;
				else throw new TransactionExpiredBlockheightExceededError(signature);
			} finally {
				done = true;
				abortConfirmation();
			}
			return result;
		}
		async confirmTransactionUsingDurableNonceStrategy({ commitment, strategy: { abortSignal, minContextSlot, nonceAccountPubkey, nonceValue, signature } }) {
			let done = false;
			const expiryPromise = new Promise((resolve) => {
				let currentNonceValue = nonceValue;
				let lastCheckedSlot = null;
				const getCurrentNonceValue = async () => {
					try {
						const { context, value: nonceAccount } = await this.getNonceAndContext(nonceAccountPubkey, {
							commitment,
							minContextSlot
						});
						lastCheckedSlot = context.slot;
						return nonceAccount?.nonce;
					} catch (e) {
						return currentNonceValue;
					}
				};
				(async () => {
					currentNonceValue = await getCurrentNonceValue();
					if (done) return;
					while (true) {
						if (nonceValue !== currentNonceValue) {
							resolve({
								__type: TransactionStatus.NONCE_INVALID,
								slotInWhichNonceDidAdvance: lastCheckedSlot
							});
							return;
						}
						await sleep(2e3);
						if (done) return;
						currentNonceValue = await getCurrentNonceValue();
						if (done) return;
					}
				})();
			});
			const { abortConfirmation, confirmationPromise } = this.getTransactionConfirmationPromise({
				commitment,
				signature
			});
			const cancellationPromise = this.getCancellationPromise(abortSignal);
			let result;
			try {
				const outcome = await Promise.race([
					cancellationPromise,
					confirmationPromise,
					expiryPromise
				]);
				if (outcome.__type === TransactionStatus.PROCESSED) result = outcome.response;
				else {
					let signatureStatus;
					while (true) {
						const status = await this.getSignatureStatus(signature);
						if (status == null) break;
						if (status.context.slot < (outcome.slotInWhichNonceDidAdvance ?? minContextSlot)) {
							await sleep(400);
							continue;
						}
						signatureStatus = status;
						break;
					}
					if (signatureStatus?.value) {
						const commitmentForStatus = commitment || "finalized";
						const { confirmationStatus } = signatureStatus.value;
						switch (commitmentForStatus) {
							case "processed":
							case "recent":
								if (confirmationStatus !== "processed" && confirmationStatus !== "confirmed" && confirmationStatus !== "finalized") throw new TransactionExpiredNonceInvalidError(signature);
								break;
							case "confirmed":
							case "single":
							case "singleGossip":
								if (confirmationStatus !== "confirmed" && confirmationStatus !== "finalized") throw new TransactionExpiredNonceInvalidError(signature);
								break;
							case "finalized":
							case "max":
							case "root": if (confirmationStatus !== "finalized") throw new TransactionExpiredNonceInvalidError(signature);
						}
						result = {
							context: signatureStatus.context,
							value: { err: signatureStatus.value.err }
						};
					} else throw new TransactionExpiredNonceInvalidError(signature);
				}
			} finally {
				done = true;
				abortConfirmation();
			}
			return result;
		}
		async confirmTransactionUsingLegacyTimeoutStrategy({ commitment, signature }) {
			let timeoutId;
			const expiryPromise = new Promise((resolve) => {
				let timeoutMs = this._confirmTransactionInitialTimeout || 6e4;
				switch (commitment) {
					case "processed":
					case "recent":
					case "single":
					case "confirmed":
					case "singleGossip": timeoutMs = this._confirmTransactionInitialTimeout || 3e4;
				}
				timeoutId = setTimeout(() => resolve({
					__type: TransactionStatus.TIMED_OUT,
					timeoutMs
				}), timeoutMs);
			});
			const { abortConfirmation, confirmationPromise } = this.getTransactionConfirmationPromise({
				commitment,
				signature
			});
			let result;
			try {
				const outcome = await Promise.race([confirmationPromise, expiryPromise]);
				if (outcome.__type === TransactionStatus.PROCESSED) result = outcome.response;
				else throw new TransactionExpiredTimeoutError(signature, outcome.timeoutMs / 1e3);
			} finally {
				clearTimeout(timeoutId);
				abortConfirmation();
			}
			return result;
		}
		/**
		* Return the list of nodes that are currently participating in the cluster
		*/
		async getClusterNodes() {
			const res = create(await this._rpcRequest("getClusterNodes", []), jsonRpcResult(array(ContactInfoResult)));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get cluster nodes");
			return res.result;
		}
		/**
		* Return the list of nodes that are currently participating in the cluster
		*/
		async getVoteAccounts(commitment) {
			const args = this._buildArgs([], commitment);
			const res = create(await this._rpcRequest("getVoteAccounts", args), GetVoteAccounts);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get vote accounts");
			return res.result;
		}
		/**
		* Fetch the current slot that the node is processing
		*/
		async getSlot(commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([], commitment, void 0, config);
			const res = create(await this._rpcRequest("getSlot", args), jsonRpcResult(number()));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get slot");
			return res.result;
		}
		/**
		* Fetch the current slot leader of the cluster
		*/
		async getSlotLeader(commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([], commitment, void 0, config);
			const res = create(await this._rpcRequest("getSlotLeader", args), jsonRpcResult(string()));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get slot leader");
			return res.result;
		}
		/**
		* Fetch `limit` number of slot leaders starting from `startSlot`
		*
		* @param startSlot fetch slot leaders starting from this slot
		* @param limit number of slot leaders to return
		*/
		async getSlotLeaders(startSlot, limit) {
			const args = [startSlot, limit];
			const res = create(await this._rpcRequest("getSlotLeaders", args), jsonRpcResult(array(PublicKeyFromString)));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get slot leaders");
			return res.result;
		}
		/**
		* Fetch the current status of a signature
		*/
		async getSignatureStatus(signature, config) {
			const { context, value: values } = await this.getSignatureStatuses([signature], config);
			assert(values.length === 1);
			return {
				context,
				value: values[0]
			};
		}
		/**
		* Fetch the current statuses of a batch of signatures
		*/
		async getSignatureStatuses(signatures, config) {
			const params = [signatures];
			if (config) params.push(config);
			const res = create(await this._rpcRequest("getSignatureStatuses", params), GetSignatureStatusesRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get signature status");
			return res.result;
		}
		/**
		* Fetch the current transaction count of the cluster
		*/
		async getTransactionCount(commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([], commitment, void 0, config);
			const res = create(await this._rpcRequest("getTransactionCount", args), jsonRpcResult(number()));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get transaction count");
			return res.result;
		}
		/**
		* Fetch the current total currency supply of the cluster in lamports
		*
		* @deprecated Deprecated since RPC v1.2.8. Please use {@link getSupply} instead.
		*/
		async getTotalSupply(commitment) {
			return (await this.getSupply({
				commitment,
				excludeNonCirculatingAccountsList: true
			})).value.total;
		}
		/**
		* Fetch the cluster InflationGovernor parameters
		*/
		async getInflationGovernor(commitment) {
			const args = this._buildArgs([], commitment);
			const res = create(await this._rpcRequest("getInflationGovernor", args), GetInflationGovernorRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get inflation");
			return res.result;
		}
		/**
		* Fetch the inflation reward for a list of addresses for an epoch
		*/
		async getInflationReward(addresses, epoch, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([addresses.map((pubkey) => pubkey.toBase58())], commitment, void 0, {
				...config,
				epoch: epoch != null ? epoch : config?.epoch
			});
			const res = create(await this._rpcRequest("getInflationReward", args), GetInflationRewardResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get inflation reward");
			return res.result;
		}
		/**
		* Fetch the specific inflation values for the current epoch
		*/
		async getInflationRate() {
			const res = create(await this._rpcRequest("getInflationRate", []), GetInflationRateRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get inflation rate");
			return res.result;
		}
		/**
		* Fetch the Epoch Info parameters
		*/
		async getEpochInfo(commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([], commitment, void 0, config);
			const res = create(await this._rpcRequest("getEpochInfo", args), GetEpochInfoRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get epoch info");
			return res.result;
		}
		/**
		* Fetch the Epoch Schedule parameters
		*/
		async getEpochSchedule() {
			const res = create(await this._rpcRequest("getEpochSchedule", []), GetEpochScheduleRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get epoch schedule");
			const epochSchedule = res.result;
			return new EpochSchedule(epochSchedule.slotsPerEpoch, epochSchedule.leaderScheduleSlotOffset, epochSchedule.warmup, epochSchedule.firstNormalEpoch, epochSchedule.firstNormalSlot);
		}
		/**
		* Fetch the leader schedule for the current epoch
		* @return {Promise<RpcResponseAndContext<LeaderSchedule>>}
		*/
		async getLeaderSchedule() {
			const res = create(await this._rpcRequest("getLeaderSchedule", []), GetLeaderScheduleRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get leader schedule");
			return res.result;
		}
		/**
		* Fetch the minimum balance needed to exempt an account of `dataLength`
		* size from rent
		*/
		async getMinimumBalanceForRentExemption(dataLength, commitment) {
			const args = this._buildArgs([dataLength], commitment);
			const res = create(await this._rpcRequest("getMinimumBalanceForRentExemption", args), GetMinimumBalanceForRentExemptionRpcResult);
			if ("error" in res) {
				console.warn("Unable to fetch minimum balance for rent exemption");
				return 0;
			}
			return res.result;
		}
		/**
		* Fetch a recent blockhash from the cluster, return with context
		* @return {Promise<RpcResponseAndContext<{blockhash: Blockhash, feeCalculator: FeeCalculator}>>}
		*
		* @deprecated Deprecated since RPC v1.9.0. Please use {@link getLatestBlockhash} instead.
		*/
		async getRecentBlockhashAndContext(commitment) {
			const { context, value: { blockhash } } = await this.getLatestBlockhashAndContext(commitment);
			return {
				context,
				value: {
					blockhash,
					feeCalculator: {
						get lamportsPerSignature() {
							throw new Error("The capability to fetch `lamportsPerSignature` using the `getRecentBlockhash` API is no longer offered by the network. Use the `getFeeForMessage` API to obtain the fee for a given message.");
						},
						toJSON() {
							return {};
						}
					}
				}
			};
		}
		/**
		* Fetch recent performance samples
		* @return {Promise<Array<PerfSample>>}
		*/
		async getRecentPerformanceSamples(limit) {
			const res = create(await this._rpcRequest("getRecentPerformanceSamples", limit ? [limit] : []), GetRecentPerformanceSamplesRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get recent performance samples");
			return res.result;
		}
		/**
		* Fetch the fee calculator for a recent blockhash from the cluster, return with context
		*
		* @deprecated Deprecated since RPC v1.9.0. Please use {@link getFeeForMessage} instead.
		*/
		async getFeeCalculatorForBlockhash(blockhash, commitment) {
			const args = this._buildArgs([blockhash], commitment);
			const res = create(await this._rpcRequest("getFeeCalculatorForBlockhash", args), GetFeeCalculatorRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get fee calculator");
			const { context, value } = res.result;
			return {
				context,
				value: value !== null ? value.feeCalculator : null
			};
		}
		/**
		* Fetch the fee for a message from the cluster, return with context
		*/
		async getFeeForMessage(message, commitment) {
			const wireMessage = toBuffer(message.serialize()).toString("base64");
			const args = this._buildArgs([wireMessage], commitment);
			const res = create(await this._rpcRequest("getFeeForMessage", args), jsonRpcResultAndContext(nullable(number())));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get fee for message");
			if (res.result === null) throw new Error("invalid blockhash");
			return res.result;
		}
		/**
		* Fetch a list of prioritization fees from recent blocks.
		*/
		async getRecentPrioritizationFees(config) {
			const accounts = config?.lockedWritableAccounts?.map((key) => key.toBase58());
			const args = accounts?.length ? [accounts] : [];
			const res = create(await this._rpcRequest("getRecentPrioritizationFees", args), GetRecentPrioritizationFeesRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get recent prioritization fees");
			return res.result;
		}
		/**
		* Fetch a recent blockhash from the cluster
		* @return {Promise<{blockhash: Blockhash, feeCalculator: FeeCalculator}>}
		*
		* @deprecated Deprecated since RPC v1.8.0. Please use {@link getLatestBlockhash} instead.
		*/
		async getRecentBlockhash(commitment) {
			try {
				return (await this.getRecentBlockhashAndContext(commitment)).value;
			} catch (e) {
				throw new Error("failed to get recent blockhash: " + e);
			}
		}
		/**
		* Fetch the latest blockhash from the cluster
		* @return {Promise<BlockhashWithExpiryBlockHeight>}
		*/
		async getLatestBlockhash(commitmentOrConfig) {
			try {
				return (await this.getLatestBlockhashAndContext(commitmentOrConfig)).value;
			} catch (e) {
				throw new Error("failed to get recent blockhash: " + e);
			}
		}
		/**
		* Fetch the latest blockhash from the cluster
		* @return {Promise<BlockhashWithExpiryBlockHeight>}
		*/
		async getLatestBlockhashAndContext(commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([], commitment, void 0, config);
			const res = create(await this._rpcRequest("getLatestBlockhash", args), GetLatestBlockhashRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get latest blockhash");
			return res.result;
		}
		/**
		* Returns whether a blockhash is still valid or not
		*/
		async isBlockhashValid(blockhash, rawConfig) {
			const { commitment, config } = extractCommitmentFromConfig(rawConfig);
			const args = this._buildArgs([blockhash], commitment, void 0, config);
			const res = create(await this._rpcRequest("isBlockhashValid", args), IsBlockhashValidRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to determine if the blockhash `" + blockhash + "`is valid");
			return res.result;
		}
		/**
		* Fetch the node version
		*/
		async getVersion() {
			const res = create(await this._rpcRequest("getVersion", []), jsonRpcResult(VersionResult));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get version");
			return res.result;
		}
		/**
		* Fetch the genesis hash
		*/
		async getGenesisHash() {
			const res = create(await this._rpcRequest("getGenesisHash", []), jsonRpcResult(string()));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get genesis hash");
			return res.result;
		}
		/**
		* Fetch a processed block from the cluster.
		*
		* @deprecated Instead, call `getBlock` using a `GetVersionedBlockConfig` by
		* setting the `maxSupportedTransactionVersion` property.
		*/
		/**
		* @deprecated Instead, call `getBlock` using a `GetVersionedBlockConfig` by
		* setting the `maxSupportedTransactionVersion` property.
		*/
		/**
		* @deprecated Instead, call `getBlock` using a `GetVersionedBlockConfig` by
		* setting the `maxSupportedTransactionVersion` property.
		*/
		/**
		* Fetch a processed block from the cluster.
		*/
		/**
		* Fetch a processed block from the cluster.
		*/
		async getBlock(slot, rawConfig) {
			const { commitment, config } = extractCommitmentFromConfig(rawConfig);
			const args = this._buildArgsAtLeastConfirmed([slot], commitment, void 0, config);
			const unsafeRes = await this._rpcRequest("getBlock", args);
			try {
				switch (config?.transactionDetails) {
					case "accounts": {
						const res = create(unsafeRes, GetAccountsModeBlockRpcResult);
						if ("error" in res) throw res.error;
						return res.result;
					}
					case "none": {
						const res = create(unsafeRes, GetNoneModeBlockRpcResult);
						if ("error" in res) throw res.error;
						return res.result;
					}
					default: {
						const res = create(unsafeRes, GetBlockRpcResult);
						if ("error" in res) throw res.error;
						const { result } = res;
						return result ? {
							...result,
							transactions: result.transactions.map(({ transaction, meta, version }) => ({
								meta,
								transaction: {
									...transaction,
									message: versionedMessageFromResponse(version, transaction.message)
								},
								version
							}))
						} : null;
					}
				}
			} catch (e) {
				throw new SolanaJSONRPCError(e, "failed to get confirmed block");
			}
		}
		/**
		* Fetch parsed transaction details for a confirmed or finalized block
		*/
		async getParsedBlock(slot, rawConfig) {
			const { commitment, config } = extractCommitmentFromConfig(rawConfig);
			const args = this._buildArgsAtLeastConfirmed([slot], commitment, "jsonParsed", config);
			const unsafeRes = await this._rpcRequest("getBlock", args);
			try {
				switch (config?.transactionDetails) {
					case "accounts": {
						const res = create(unsafeRes, GetParsedAccountsModeBlockRpcResult);
						if ("error" in res) throw res.error;
						return res.result;
					}
					case "none": {
						const res = create(unsafeRes, GetParsedNoneModeBlockRpcResult);
						if ("error" in res) throw res.error;
						return res.result;
					}
					default: {
						const res = create(unsafeRes, GetParsedBlockRpcResult);
						if ("error" in res) throw res.error;
						return res.result;
					}
				}
			} catch (e) {
				throw new SolanaJSONRPCError(e, "failed to get block");
			}
		}
		async getBlockProduction(configOrCommitment) {
			let extra;
			let commitment;
			if (typeof configOrCommitment === "string") commitment = configOrCommitment;
			else if (configOrCommitment) {
				const { commitment: c, ...rest } = configOrCommitment;
				commitment = c;
				extra = rest;
			}
			const args = this._buildArgs([], commitment, "base64", extra);
			const res = create(await this._rpcRequest("getBlockProduction", args), BlockProductionResponseStruct);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get block production information");
			return res.result;
		}
		/**
		* Fetch a confirmed or finalized transaction from the cluster.
		*
		* @deprecated Instead, call `getTransaction` using a
		* `GetVersionedTransactionConfig` by setting the
		* `maxSupportedTransactionVersion` property.
		*/
		/**
		* Fetch a confirmed or finalized transaction from the cluster.
		*/
		/**
		* Fetch a confirmed or finalized transaction from the cluster.
		*/
		async getTransaction(signature, rawConfig) {
			const { commitment, config } = extractCommitmentFromConfig(rawConfig);
			const args = this._buildArgsAtLeastConfirmed([signature], commitment, void 0, config);
			const res = create(await this._rpcRequest("getTransaction", args), GetTransactionRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get transaction");
			const result = res.result;
			if (!result) return result;
			return {
				...result,
				transaction: {
					...result.transaction,
					message: versionedMessageFromResponse(result.version, result.transaction.message)
				}
			};
		}
		/**
		* Fetch parsed transaction details for a confirmed or finalized transaction
		*/
		async getParsedTransaction(signature, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgsAtLeastConfirmed([signature], commitment, "jsonParsed", config);
			const res = create(await this._rpcRequest("getTransaction", args), GetParsedTransactionRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get transaction");
			return res.result;
		}
		/**
		* Fetch parsed transaction details for a batch of confirmed transactions
		*/
		async getParsedTransactions(signatures, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const batch = signatures.map((signature) => {
				return {
					methodName: "getTransaction",
					args: this._buildArgsAtLeastConfirmed([signature], commitment, "jsonParsed", config)
				};
			});
			return (await this._rpcBatchRequest(batch)).map((unsafeRes) => {
				const res = create(unsafeRes, GetParsedTransactionRpcResult);
				if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get transactions");
				return res.result;
			});
		}
		/**
		* Fetch transaction details for a batch of confirmed transactions.
		* Similar to {@link getParsedTransactions} but returns a {@link TransactionResponse}.
		*
		* @deprecated Instead, call `getTransactions` using a
		* `GetVersionedTransactionConfig` by setting the
		* `maxSupportedTransactionVersion` property.
		*/
		/**
		* Fetch transaction details for a batch of confirmed transactions.
		* Similar to {@link getParsedTransactions} but returns a {@link
		* VersionedTransactionResponse}.
		*/
		/**
		* Fetch transaction details for a batch of confirmed transactions.
		* Similar to {@link getParsedTransactions} but returns a {@link
		* VersionedTransactionResponse}.
		*/
		async getTransactions(signatures, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const batch = signatures.map((signature) => {
				return {
					methodName: "getTransaction",
					args: this._buildArgsAtLeastConfirmed([signature], commitment, void 0, config)
				};
			});
			return (await this._rpcBatchRequest(batch)).map((unsafeRes) => {
				const res = create(unsafeRes, GetTransactionRpcResult);
				if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get transactions");
				const result = res.result;
				if (!result) return result;
				return {
					...result,
					transaction: {
						...result.transaction,
						message: versionedMessageFromResponse(result.version, result.transaction.message)
					}
				};
			});
		}
		/**
		* Fetch a list of Transactions and transaction statuses from the cluster
		* for a confirmed block.
		*
		* @deprecated Deprecated since RPC v1.7.0. Please use {@link getBlock} instead.
		*/
		async getConfirmedBlock(slot, commitment) {
			const args = this._buildArgsAtLeastConfirmed([slot], commitment);
			const res = create(await this._rpcRequest("getBlock", args), GetConfirmedBlockRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get confirmed block");
			const result = res.result;
			if (!result) throw new Error("Confirmed block " + slot + " not found");
			const block = {
				...result,
				transactions: result.transactions.map(({ transaction, meta }) => {
					const message = new Message(transaction.message);
					return {
						meta,
						transaction: {
							...transaction,
							message
						}
					};
				})
			};
			return {
				...block,
				transactions: block.transactions.map(({ transaction, meta }) => {
					return {
						meta,
						transaction: Transaction.populate(transaction.message, transaction.signatures)
					};
				})
			};
		}
		/**
		* Fetch confirmed blocks between two slots
		*/
		async getBlocks(startSlot, endSlot, commitment) {
			const args = this._buildArgsAtLeastConfirmed(endSlot !== void 0 ? [startSlot, endSlot] : [startSlot], commitment);
			const res = create(await this._rpcRequest("getBlocks", args), jsonRpcResult(array(number())));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get blocks");
			return res.result;
		}
		/**
		* Fetch a list of Signatures from the cluster for a block, excluding rewards
		*/
		async getBlockSignatures(slot, commitment) {
			const args = this._buildArgsAtLeastConfirmed([slot], commitment, void 0, {
				transactionDetails: "signatures",
				rewards: false
			});
			const res = create(await this._rpcRequest("getBlock", args), GetBlockSignaturesRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get block");
			const result = res.result;
			if (!result) throw new Error("Block " + slot + " not found");
			return result;
		}
		/**
		* Fetch a list of Signatures from the cluster for a confirmed block, excluding rewards
		*
		* @deprecated Deprecated since RPC v1.7.0. Please use {@link getBlockSignatures} instead.
		*/
		async getConfirmedBlockSignatures(slot, commitment) {
			const args = this._buildArgsAtLeastConfirmed([slot], commitment, void 0, {
				transactionDetails: "signatures",
				rewards: false
			});
			const res = create(await this._rpcRequest("getBlock", args), GetBlockSignaturesRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get confirmed block");
			const result = res.result;
			if (!result) throw new Error("Confirmed block " + slot + " not found");
			return result;
		}
		/**
		* Fetch a transaction details for a confirmed transaction
		*
		* @deprecated Deprecated since RPC v1.7.0. Please use {@link getTransaction} instead.
		*/
		async getConfirmedTransaction(signature, commitment) {
			const args = this._buildArgsAtLeastConfirmed([signature], commitment);
			const res = create(await this._rpcRequest("getTransaction", args), GetTransactionRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get transaction");
			const result = res.result;
			if (!result) return result;
			const message = new Message(result.transaction.message);
			const signatures = result.transaction.signatures;
			return {
				...result,
				transaction: Transaction.populate(message, signatures)
			};
		}
		/**
		* Fetch parsed transaction details for a confirmed transaction
		*
		* @deprecated Deprecated since RPC v1.7.0. Please use {@link getParsedTransaction} instead.
		*/
		async getParsedConfirmedTransaction(signature, commitment) {
			const args = this._buildArgsAtLeastConfirmed([signature], commitment, "jsonParsed");
			const res = create(await this._rpcRequest("getTransaction", args), GetParsedTransactionRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get confirmed transaction");
			return res.result;
		}
		/**
		* Fetch parsed transaction details for a batch of confirmed transactions
		*
		* @deprecated Deprecated since RPC v1.7.0. Please use {@link getParsedTransactions} instead.
		*/
		async getParsedConfirmedTransactions(signatures, commitment) {
			const batch = signatures.map((signature) => {
				return {
					methodName: "getTransaction",
					args: this._buildArgsAtLeastConfirmed([signature], commitment, "jsonParsed")
				};
			});
			return (await this._rpcBatchRequest(batch)).map((unsafeRes) => {
				const res = create(unsafeRes, GetParsedTransactionRpcResult);
				if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get confirmed transactions");
				return res.result;
			});
		}
		/**
		* Fetch a list of all the confirmed signatures for transactions involving an address
		* within a specified slot range. Max range allowed is 10,000 slots.
		*
		* @deprecated Deprecated since RPC v1.3. Please use {@link getConfirmedSignaturesForAddress2} instead.
		*
		* @param address queried address
		* @param startSlot start slot, inclusive
		* @param endSlot end slot, inclusive
		*/
		async getConfirmedSignaturesForAddress(address, startSlot, endSlot) {
			let options = {};
			let firstAvailableBlock = await this.getFirstAvailableBlock();
			while (!("until" in options)) {
				startSlot--;
				if (startSlot <= 0 || startSlot < firstAvailableBlock) break;
				try {
					const block = await this.getConfirmedBlockSignatures(startSlot, "finalized");
					if (block.signatures.length > 0) options.until = block.signatures[block.signatures.length - 1].toString();
				} catch (err) {
					if (err instanceof Error && err.message.includes("skipped")) continue;
					else throw err;
				}
			}
			let highestConfirmedRoot = await this.getSlot("finalized");
			while (!("before" in options)) {
				endSlot++;
				if (endSlot > highestConfirmedRoot) break;
				try {
					const block = await this.getConfirmedBlockSignatures(endSlot);
					if (block.signatures.length > 0) options.before = block.signatures[block.signatures.length - 1].toString();
				} catch (err) {
					if (err instanceof Error && err.message.includes("skipped")) continue;
					else throw err;
				}
			}
			return (await this.getConfirmedSignaturesForAddress2(address, options)).map((info) => info.signature);
		}
		/**
		* Returns confirmed signatures for transactions involving an
		* address backwards in time from the provided signature or most recent confirmed block
		*
		* @deprecated Deprecated since RPC v1.7.0. Please use {@link getSignaturesForAddress} instead.
		*/
		async getConfirmedSignaturesForAddress2(address, options, commitment) {
			const args = this._buildArgsAtLeastConfirmed([address.toBase58()], commitment, void 0, options);
			const res = create(await this._rpcRequest("getConfirmedSignaturesForAddress2", args), GetConfirmedSignaturesForAddress2RpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get confirmed signatures for address");
			return res.result;
		}
		/**
		* Returns confirmed signatures for transactions involving an
		* address backwards in time from the provided signature or most recent confirmed block
		*
		*
		* @param address queried address
		* @param options
		*/
		async getSignaturesForAddress(address, options, commitment) {
			const args = this._buildArgsAtLeastConfirmed([address.toBase58()], commitment, void 0, options);
			const res = create(await this._rpcRequest("getSignaturesForAddress", args), GetSignaturesForAddressRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, "failed to get signatures for address");
			return res.result;
		}
		async getAddressLookupTable(accountKey, config) {
			const { context, value: accountInfo } = await this.getAccountInfoAndContext(accountKey, config);
			let value = null;
			if (accountInfo !== null) value = new AddressLookupTableAccount({
				key: accountKey,
				state: AddressLookupTableAccount.deserialize(accountInfo.data)
			});
			return {
				context,
				value
			};
		}
		/**
		* Fetch the contents of a Nonce account from the cluster, return with context
		*/
		async getNonceAndContext(nonceAccount, commitmentOrConfig) {
			const { context, value: accountInfo } = await this.getAccountInfoAndContext(nonceAccount, commitmentOrConfig);
			let value = null;
			if (accountInfo !== null) value = NonceAccount.fromAccountData(accountInfo.data);
			return {
				context,
				value
			};
		}
		/**
		* Fetch the contents of a Nonce account from the cluster
		*/
		async getNonce(nonceAccount, commitmentOrConfig) {
			return await this.getNonceAndContext(nonceAccount, commitmentOrConfig).then((x) => x.value).catch((e) => {
				throw new Error("failed to get nonce for account " + nonceAccount.toBase58() + ": " + e);
			});
		}
		/**
		* Request an allocation of lamports to the specified address
		*
		* ```typescript
		* import { Connection, PublicKey, LAMPORTS_PER_SOL } from "@solana/web3.js";
		*
		* (async () => {
		*   const connection = new Connection("https://api.testnet.solana.com", "confirmed");
		*   const myAddress = new PublicKey("2nr1bHFT86W9tGnyvmYW4vcHKsQB3sVQfnddasz4kExM");
		*   const signature = await connection.requestAirdrop(myAddress, LAMPORTS_PER_SOL);
		*   await connection.confirmTransaction(signature);
		* })();
		* ```
		*/
		async requestAirdrop(to, lamports) {
			const res = create(await this._rpcRequest("requestAirdrop", [to.toBase58(), lamports]), RequestAirdropRpcResult);
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `airdrop to ${to.toBase58()} failed`);
			return res.result;
		}
		/**
		* @internal
		*/
		async _blockhashWithExpiryBlockHeight(disableCache) {
			if (!disableCache) {
				while (this._pollingBlockhash) await sleep(100);
				const expired = Date.now() - this._blockhashInfo.lastFetch >= BLOCKHASH_CACHE_TIMEOUT_MS;
				if (this._blockhashInfo.latestBlockhash !== null && !expired) return this._blockhashInfo.latestBlockhash;
			}
			return await this._pollNewBlockhash();
		}
		/**
		* @internal
		*/
		async _pollNewBlockhash() {
			this._pollingBlockhash = true;
			try {
				const startTime = Date.now();
				const cachedLatestBlockhash = this._blockhashInfo.latestBlockhash;
				const cachedBlockhash = cachedLatestBlockhash ? cachedLatestBlockhash.blockhash : null;
				for (let i = 0; i < 50; i++) {
					const latestBlockhash = await this.getLatestBlockhash("finalized");
					if (cachedBlockhash !== latestBlockhash.blockhash) {
						this._blockhashInfo = {
							latestBlockhash,
							lastFetch: Date.now(),
							transactionSignatures: [],
							simulatedSignatures: []
						};
						return latestBlockhash;
					}
					await sleep(MS_PER_SLOT / 2);
				}
				throw new Error(`Unable to obtain a new blockhash after ${Date.now() - startTime}ms`);
			} finally {
				this._pollingBlockhash = false;
			}
		}
		/**
		* get the stake minimum delegation
		*/
		async getStakeMinimumDelegation(config) {
			const { commitment, config: configArg } = extractCommitmentFromConfig(config);
			const args = this._buildArgs([], commitment, "base64", configArg);
			const res = create(await this._rpcRequest("getStakeMinimumDelegation", args), jsonRpcResultAndContext(number()));
			if ("error" in res) throw new SolanaJSONRPCError(res.error, `failed to get stake minimum delegation`);
			return res.result;
		}
		/**
		* Simulate a transaction
		*
		* @deprecated Instead, call {@link simulateTransaction} with {@link
		* VersionedTransaction} and {@link SimulateTransactionConfig} parameters
		*/
		/**
		* Simulate a transaction
		*/
		/**
		* Simulate a transaction
		*/
		async simulateTransaction(transactionOrMessage, configOrSigners, includeAccounts) {
			if ("message" in transactionOrMessage) {
				const wireTransaction = transactionOrMessage.serialize();
				const encodedTransaction = import_buffer.Buffer.from(wireTransaction).toString("base64");
				if (Array.isArray(configOrSigners) || includeAccounts !== void 0) throw new Error("Invalid arguments");
				const config = configOrSigners || {};
				config.encoding = "base64";
				if (!("commitment" in config)) config.commitment = this.commitment;
				if (configOrSigners && typeof configOrSigners === "object" && "innerInstructions" in configOrSigners) config.innerInstructions = configOrSigners.innerInstructions;
				const args = [encodedTransaction, config];
				const res = create(await this._rpcRequest("simulateTransaction", args), SimulatedTransactionResponseStruct);
				if ("error" in res) throw new Error("failed to simulate transaction: " + res.error.message);
				return res.result;
			}
			let transaction;
			if (transactionOrMessage instanceof Transaction) {
				let originalTx = transactionOrMessage;
				transaction = new Transaction();
				transaction.feePayer = originalTx.feePayer;
				transaction.instructions = transactionOrMessage.instructions;
				transaction.nonceInfo = originalTx.nonceInfo;
				transaction.signatures = originalTx.signatures;
			} else {
				transaction = Transaction.populate(transactionOrMessage);
				transaction._message = transaction._json = void 0;
			}
			if (configOrSigners !== void 0 && !Array.isArray(configOrSigners)) throw new Error("Invalid arguments");
			const signers = configOrSigners;
			if (transaction.nonceInfo && signers) transaction.sign(...signers);
			else {
				let disableCache = this._disableBlockhashCaching;
				for (;;) {
					const latestBlockhash = await this._blockhashWithExpiryBlockHeight(disableCache);
					transaction.lastValidBlockHeight = latestBlockhash.lastValidBlockHeight;
					transaction.recentBlockhash = latestBlockhash.blockhash;
					if (!signers) break;
					transaction.sign(...signers);
					if (!transaction.signature) throw new Error("!signature");
					const signature = transaction.signature.toString("base64");
					if (!this._blockhashInfo.simulatedSignatures.includes(signature) && !this._blockhashInfo.transactionSignatures.includes(signature)) {
						this._blockhashInfo.simulatedSignatures.push(signature);
						break;
					} else disableCache = true;
				}
			}
			const message = transaction._compile();
			const signData = message.serialize();
			const encodedTransaction = transaction._serialize(signData).toString("base64");
			const config = {
				encoding: "base64",
				commitment: this.commitment
			};
			if (includeAccounts) config["accounts"] = {
				encoding: "base64",
				addresses: (Array.isArray(includeAccounts) ? includeAccounts : message.nonProgramIds()).map((key) => key.toBase58())
			};
			if (signers) config.sigVerify = true;
			if (configOrSigners && typeof configOrSigners === "object" && "innerInstructions" in configOrSigners) config.innerInstructions = configOrSigners.innerInstructions;
			const args = [encodedTransaction, config];
			const res = create(await this._rpcRequest("simulateTransaction", args), SimulatedTransactionResponseStruct);
			if ("error" in res) {
				let logs;
				if ("data" in res.error) {
					logs = res.error.data.logs;
					if (logs && Array.isArray(logs)) {
						const traceIndent = "\n    ";
						const logTrace = traceIndent + logs.join(traceIndent);
						console.error(res.error.message, logTrace);
					}
				}
				throw new SendTransactionError({
					action: "simulate",
					signature: "",
					transactionMessage: res.error.message,
					logs
				});
			}
			return res.result;
		}
		/**
		* Sign and send a transaction
		*
		* @deprecated Instead, call {@link sendTransaction} with a {@link
		* VersionedTransaction}
		*/
		/**
		* Send a signed transaction
		*/
		/**
		* Sign and send a transaction
		*/
		async sendTransaction(transaction, signersOrOptions, options) {
			if ("version" in transaction) {
				if (signersOrOptions && Array.isArray(signersOrOptions)) throw new Error("Invalid arguments");
				const wireTransaction = transaction.serialize();
				return await this.sendRawTransaction(wireTransaction, signersOrOptions);
			}
			if (signersOrOptions === void 0 || !Array.isArray(signersOrOptions)) throw new Error("Invalid arguments");
			const signers = signersOrOptions;
			if (transaction.nonceInfo) transaction.sign(...signers);
			else {
				let disableCache = this._disableBlockhashCaching;
				for (;;) {
					const latestBlockhash = await this._blockhashWithExpiryBlockHeight(disableCache);
					transaction.lastValidBlockHeight = latestBlockhash.lastValidBlockHeight;
					transaction.recentBlockhash = latestBlockhash.blockhash;
					transaction.sign(...signers);
					if (!transaction.signature) throw new Error("!signature");
					const signature = transaction.signature.toString("base64");
					if (!this._blockhashInfo.transactionSignatures.includes(signature)) {
						this._blockhashInfo.transactionSignatures.push(signature);
						break;
					} else disableCache = true;
				}
			}
			const wireTransaction = transaction.serialize();
			return await this.sendRawTransaction(wireTransaction, options);
		}
		/**
		* Send a transaction that has already been signed and serialized into the
		* wire format
		*/
		async sendRawTransaction(rawTransaction, options) {
			const encodedTransaction = toBuffer(rawTransaction).toString("base64");
			return await this.sendEncodedTransaction(encodedTransaction, options);
		}
		/**
		* Send a transaction that has already been signed, serialized into the
		* wire format, and encoded as a base64 string
		*/
		async sendEncodedTransaction(encodedTransaction, options) {
			const config = { encoding: "base64" };
			const skipPreflight = options && options.skipPreflight;
			const preflightCommitment = skipPreflight === true ? "processed" : options && options.preflightCommitment || this.commitment;
			if (options && options.maxRetries != null) config.maxRetries = options.maxRetries;
			if (options && options.minContextSlot != null) config.minContextSlot = options.minContextSlot;
			if (skipPreflight) config.skipPreflight = skipPreflight;
			if (preflightCommitment) config.preflightCommitment = preflightCommitment;
			const args = [encodedTransaction, config];
			const res = create(await this._rpcRequest("sendTransaction", args), SendTransactionRpcResult);
			if ("error" in res) {
				let logs = void 0;
				if ("data" in res.error) logs = res.error.data.logs;
				throw new SendTransactionError({
					action: skipPreflight ? "send" : "simulate",
					signature: "",
					transactionMessage: res.error.message,
					logs
				});
			}
			return res.result;
		}
		/**
		* @internal
		*/
		_wsOnOpen() {
			this._rpcWebSocketConnected = true;
			this._rpcWebSocketHeartbeat = setInterval(() => {
				(async () => {
					try {
						await this._rpcWebSocket.notify("ping");
					} catch {}
				})();
			}, 5e3);
			this._updateSubscriptions();
		}
		/**
		* @internal
		*/
		_wsOnError(err) {
			this._rpcWebSocketConnected = false;
			console.error("ws error:", err.message);
		}
		/**
		* @internal
		*/
		_wsOnClose(code) {
			this._rpcWebSocketConnected = false;
			this._rpcWebSocketGeneration = (this._rpcWebSocketGeneration + 1) % Number.MAX_SAFE_INTEGER;
			if (this._rpcWebSocketIdleTimeout) {
				clearTimeout(this._rpcWebSocketIdleTimeout);
				this._rpcWebSocketIdleTimeout = null;
			}
			if (this._rpcWebSocketHeartbeat) {
				clearInterval(this._rpcWebSocketHeartbeat);
				this._rpcWebSocketHeartbeat = null;
			}
			if (code === 1e3) {
				this._updateSubscriptions();
				return;
			}
			this._subscriptionCallbacksByServerSubscriptionId = {};
			Object.entries(this._subscriptionsByHash).forEach(([hash, subscription]) => {
				this._setSubscription(hash, {
					...subscription,
					state: "pending"
				});
			});
		}
		/**
		* @internal
		*/
		_setSubscription(hash, nextSubscription) {
			const prevState = this._subscriptionsByHash[hash]?.state;
			this._subscriptionsByHash[hash] = nextSubscription;
			if (prevState !== nextSubscription.state) {
				const stateChangeCallbacks = this._subscriptionStateChangeCallbacksByHash[hash];
				if (stateChangeCallbacks) stateChangeCallbacks.forEach((cb) => {
					try {
						cb(nextSubscription.state);
					} catch {}
				});
			}
		}
		/**
		* @internal
		*/
		_onSubscriptionStateChange(clientSubscriptionId, callback) {
			const hash = this._subscriptionHashByClientSubscriptionId[clientSubscriptionId];
			if (hash == null) return () => {};
			const stateChangeCallbacks = this._subscriptionStateChangeCallbacksByHash[hash] ||= /* @__PURE__ */ new Set();
			stateChangeCallbacks.add(callback);
			return () => {
				stateChangeCallbacks.delete(callback);
				if (stateChangeCallbacks.size === 0) delete this._subscriptionStateChangeCallbacksByHash[hash];
			};
		}
		/**
		* @internal
		*/
		async _updateSubscriptions() {
			if (Object.keys(this._subscriptionsByHash).length === 0) {
				if (this._rpcWebSocketConnected) {
					this._rpcWebSocketConnected = false;
					this._rpcWebSocketIdleTimeout = setTimeout(() => {
						this._rpcWebSocketIdleTimeout = null;
						try {
							this._rpcWebSocket.close();
						} catch (err) {
							if (err instanceof Error) console.log(`Error when closing socket connection: ${err.message}`);
						}
					}, 500);
				}
				return;
			}
			if (this._rpcWebSocketIdleTimeout !== null) {
				clearTimeout(this._rpcWebSocketIdleTimeout);
				this._rpcWebSocketIdleTimeout = null;
				this._rpcWebSocketConnected = true;
			}
			if (!this._rpcWebSocketConnected) {
				this._rpcWebSocket.connect();
				return;
			}
			const activeWebSocketGeneration = this._rpcWebSocketGeneration;
			const isCurrentConnectionStillActive = () => {
				return activeWebSocketGeneration === this._rpcWebSocketGeneration;
			};
			await Promise.all(Object.keys(this._subscriptionsByHash).map(async (hash) => {
				const subscription = this._subscriptionsByHash[hash];
				if (subscription === void 0) return;
				switch (subscription.state) {
					case "pending":
					case "unsubscribed":
						if (subscription.callbacks.size === 0) {
							/**
							* You can end up here when:
							*
							* - a subscription has recently unsubscribed
							*   without having new callbacks added to it
							*   while the unsubscribe was in flight, or
							* - when a pending subscription has its
							*   listeners removed before a request was
							*   sent to the server.
							*
							* Being that nobody is interested in this
							* subscription any longer, delete it.
							*/
							delete this._subscriptionsByHash[hash];
							if (subscription.state === "unsubscribed") delete this._subscriptionCallbacksByServerSubscriptionId[subscription.serverSubscriptionId];
							await this._updateSubscriptions();
							return;
						}
						await (async () => {
							const { args, method } = subscription;
							try {
								this._setSubscription(hash, {
									...subscription,
									state: "subscribing"
								});
								const serverSubscriptionId = await this._rpcWebSocket.call(method, args);
								this._setSubscription(hash, {
									...subscription,
									serverSubscriptionId,
									state: "subscribed"
								});
								this._subscriptionCallbacksByServerSubscriptionId[serverSubscriptionId] = subscription.callbacks;
								await this._updateSubscriptions();
							} catch (e) {
								console.error(`Received ${e instanceof Error ? "" : "JSON-RPC "}error calling \`${method}\``, {
									args,
									error: e
								});
								if (!isCurrentConnectionStillActive()) return;
								this._setSubscription(hash, {
									...subscription,
									state: "pending"
								});
								await this._updateSubscriptions();
							}
						})();
						break;
					case "subscribed": if (subscription.callbacks.size === 0) await (async () => {
						const { serverSubscriptionId, unsubscribeMethod } = subscription;
						if (this._subscriptionsAutoDisposedByRpc.has(serverSubscriptionId))
 /**
						* Special case.
						* If we're dealing with a subscription that has been auto-
						* disposed by the RPC, then we can skip the RPC call to
						* tear down the subscription here.
						*
						* NOTE: There is a proposal to eliminate this special case, here:
						* https://github.com/solana-labs/solana/issues/18892
						*/
						this._subscriptionsAutoDisposedByRpc.delete(serverSubscriptionId);
						else {
							this._setSubscription(hash, {
								...subscription,
								state: "unsubscribing"
							});
							this._setSubscription(hash, {
								...subscription,
								state: "unsubscribing"
							});
							try {
								await this._rpcWebSocket.call(unsubscribeMethod, [serverSubscriptionId]);
							} catch (e) {
								if (e instanceof Error) console.error(`${unsubscribeMethod} error:`, e.message);
								if (!isCurrentConnectionStillActive()) return;
								this._setSubscription(hash, {
									...subscription,
									state: "subscribed"
								});
								await this._updateSubscriptions();
								return;
							}
						}
						this._setSubscription(hash, {
							...subscription,
							state: "unsubscribed"
						});
						await this._updateSubscriptions();
					})();
				}
			}));
		}
		/**
		* @internal
		*/
		_handleServerNotification(serverSubscriptionId, callbackArgs) {
			const callbacks = this._subscriptionCallbacksByServerSubscriptionId[serverSubscriptionId];
			if (callbacks === void 0) return;
			callbacks.forEach((cb) => {
				try {
					cb(...callbackArgs);
				} catch (e) {
					console.error(e);
				}
			});
		}
		/**
		* @internal
		*/
		_wsOnAccountNotification(notification) {
			const { result, subscription } = create(notification, AccountNotificationResult);
			this._handleServerNotification(subscription, [result.value, result.context]);
		}
		/**
		* @internal
		*/
		_makeSubscription(subscriptionConfig, args) {
			const clientSubscriptionId = this._nextClientSubscriptionId++;
			const hash = fastStableStringify([subscriptionConfig.method, args]);
			const existingSubscription = this._subscriptionsByHash[hash];
			if (existingSubscription === void 0) this._subscriptionsByHash[hash] = {
				...subscriptionConfig,
				args,
				callbacks: /* @__PURE__ */ new Set([subscriptionConfig.callback]),
				state: "pending"
			};
			else existingSubscription.callbacks.add(subscriptionConfig.callback);
			this._subscriptionHashByClientSubscriptionId[clientSubscriptionId] = hash;
			this._subscriptionDisposeFunctionsByClientSubscriptionId[clientSubscriptionId] = async () => {
				delete this._subscriptionDisposeFunctionsByClientSubscriptionId[clientSubscriptionId];
				delete this._subscriptionHashByClientSubscriptionId[clientSubscriptionId];
				const subscription = this._subscriptionsByHash[hash];
				assert(subscription !== void 0, `Could not find a \`Subscription\` when tearing down client subscription #${clientSubscriptionId}`);
				subscription.callbacks.delete(subscriptionConfig.callback);
				await this._updateSubscriptions();
			};
			this._updateSubscriptions();
			return clientSubscriptionId;
		}
		/**
		* Register a callback to be invoked whenever the specified account changes
		*
		* @param publicKey Public key of the account to monitor
		* @param callback Function to invoke whenever the account is changed
		* @param config
		* @return subscription id
		*/
		/** @deprecated Instead, pass in an {@link AccountSubscriptionConfig} */
		onAccountChange(publicKey, callback, commitmentOrConfig) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([publicKey.toBase58()], commitment || this._commitment || "finalized", "base64", config);
			return this._makeSubscription({
				callback,
				method: "accountSubscribe",
				unsubscribeMethod: "accountUnsubscribe"
			}, args);
		}
		/**
		* Deregister an account notification callback
		*
		* @param clientSubscriptionId client subscription id to deregister
		*/
		async removeAccountChangeListener(clientSubscriptionId) {
			await this._unsubscribeClientSubscription(clientSubscriptionId, "account change");
		}
		/**
		* @internal
		*/
		_wsOnProgramAccountNotification(notification) {
			const { result, subscription } = create(notification, ProgramAccountNotificationResult);
			this._handleServerNotification(subscription, [{
				accountId: result.value.pubkey,
				accountInfo: result.value.account
			}, result.context]);
		}
		/**
		* Register a callback to be invoked whenever accounts owned by the
		* specified program change
		*
		* @param programId Public key of the program to monitor
		* @param callback Function to invoke whenever the account is changed
		* @param config
		* @return subscription id
		*/
		/** @deprecated Instead, pass in a {@link ProgramAccountSubscriptionConfig} */
		onProgramAccountChange(programId, callback, commitmentOrConfig, maybeFilters) {
			const { commitment, config } = extractCommitmentFromConfig(commitmentOrConfig);
			const args = this._buildArgs([programId.toBase58()], commitment || this._commitment || "finalized", "base64", config ? config : maybeFilters ? { filters: applyDefaultMemcmpEncodingToFilters(maybeFilters) } : void 0);
			return this._makeSubscription({
				callback,
				method: "programSubscribe",
				unsubscribeMethod: "programUnsubscribe"
			}, args);
		}
		/**
		* Deregister an account notification callback
		*
		* @param clientSubscriptionId client subscription id to deregister
		*/
		async removeProgramAccountChangeListener(clientSubscriptionId) {
			await this._unsubscribeClientSubscription(clientSubscriptionId, "program account change");
		}
		/**
		* Registers a callback to be invoked whenever logs are emitted.
		*/
		onLogs(filter, callback, commitment) {
			const args = this._buildArgs([typeof filter === "object" ? { mentions: [filter.toString()] } : filter], commitment || this._commitment || "finalized");
			return this._makeSubscription({
				callback,
				method: "logsSubscribe",
				unsubscribeMethod: "logsUnsubscribe"
			}, args);
		}
		/**
		* Deregister a logs callback.
		*
		* @param clientSubscriptionId client subscription id to deregister.
		*/
		async removeOnLogsListener(clientSubscriptionId) {
			await this._unsubscribeClientSubscription(clientSubscriptionId, "logs");
		}
		/**
		* @internal
		*/
		_wsOnLogsNotification(notification) {
			const { result, subscription } = create(notification, LogsNotificationResult);
			this._handleServerNotification(subscription, [result.value, result.context]);
		}
		/**
		* @internal
		*/
		_wsOnSlotNotification(notification) {
			const { result, subscription } = create(notification, SlotNotificationResult);
			this._handleServerNotification(subscription, [result]);
		}
		/**
		* Register a callback to be invoked upon slot changes
		*
		* @param callback Function to invoke whenever the slot changes
		* @return subscription id
		*/
		onSlotChange(callback) {
			return this._makeSubscription({
				callback,
				method: "slotSubscribe",
				unsubscribeMethod: "slotUnsubscribe"
			}, []);
		}
		/**
		* Deregister a slot notification callback
		*
		* @param clientSubscriptionId client subscription id to deregister
		*/
		async removeSlotChangeListener(clientSubscriptionId) {
			await this._unsubscribeClientSubscription(clientSubscriptionId, "slot change");
		}
		/**
		* @internal
		*/
		_wsOnSlotUpdatesNotification(notification) {
			const { result, subscription } = create(notification, SlotUpdateNotificationResult);
			this._handleServerNotification(subscription, [result]);
		}
		/**
		* Register a callback to be invoked upon slot updates. {@link SlotUpdate}'s
		* may be useful to track live progress of a cluster.
		*
		* @param callback Function to invoke whenever the slot updates
		* @return subscription id
		*/
		onSlotUpdate(callback) {
			return this._makeSubscription({
				callback,
				method: "slotsUpdatesSubscribe",
				unsubscribeMethod: "slotsUpdatesUnsubscribe"
			}, []);
		}
		/**
		* Deregister a slot update notification callback
		*
		* @param clientSubscriptionId client subscription id to deregister
		*/
		async removeSlotUpdateListener(clientSubscriptionId) {
			await this._unsubscribeClientSubscription(clientSubscriptionId, "slot update");
		}
		/**
		* @internal
		*/
		async _unsubscribeClientSubscription(clientSubscriptionId, subscriptionName) {
			const dispose = this._subscriptionDisposeFunctionsByClientSubscriptionId[clientSubscriptionId];
			if (dispose) await dispose();
			else console.warn(`Ignored unsubscribe request because an active subscription with id \`${clientSubscriptionId}\` for '${subscriptionName}' events could not be found.`);
		}
		_buildArgs(args, override, encoding, extra) {
			const commitment = override || this._commitment;
			if (commitment || encoding || extra) {
				let options = {};
				if (encoding) options.encoding = encoding;
				if (commitment) options.commitment = commitment;
				if (extra) options = Object.assign(options, extra);
				args.push(options);
			}
			return args;
		}
		/**
		* @internal
		*/
		_buildArgsAtLeastConfirmed(args, override, encoding, extra) {
			const commitment = override || this._commitment;
			if (commitment && !["confirmed", "finalized"].includes(commitment)) throw new Error("Using Connection with default commitment: `" + this._commitment + "`, but method requires at least `confirmed`");
			return this._buildArgs(args, override, encoding, extra);
		}
		/**
		* @internal
		*/
		_wsOnSignatureNotification(notification) {
			const { result, subscription } = create(notification, SignatureNotificationResult);
			if (result.value !== "receivedSignature")
 /**
			* Special case.
			* After a signature is processed, RPCs automatically dispose of the
			* subscription on the server side. We need to track which of these
			* subscriptions have been disposed in such a way, so that we know
			* whether the client is dealing with a not-yet-processed signature
			* (in which case we must tear down the server subscription) or an
			* already-processed signature (in which case the client can simply
			* clear out the subscription locally without telling the server).
			*
			* NOTE: There is a proposal to eliminate this special case, here:
			* https://github.com/solana-labs/solana/issues/18892
			*/
			this._subscriptionsAutoDisposedByRpc.add(subscription);
			this._handleServerNotification(subscription, result.value === "receivedSignature" ? [{ type: "received" }, result.context] : [{
				type: "status",
				result: result.value
			}, result.context]);
		}
		/**
		* Register a callback to be invoked upon signature updates
		*
		* @param signature Transaction signature string in base 58
		* @param callback Function to invoke on signature notifications
		* @param commitment Specify the commitment level signature must reach before notification
		* @return subscription id
		*/
		onSignature(signature, callback, commitment) {
			const args = this._buildArgs([signature], commitment || this._commitment || "finalized");
			const clientSubscriptionId = this._makeSubscription({
				callback: (notification, context) => {
					if (notification.type === "status") {
						callback(notification.result, context);
						try {
							this.removeSignatureListener(clientSubscriptionId);
						} catch (_err) {}
					}
				},
				method: "signatureSubscribe",
				unsubscribeMethod: "signatureUnsubscribe"
			}, args);
			return clientSubscriptionId;
		}
		/**
		* Register a callback to be invoked when a transaction is
		* received and/or processed.
		*
		* @param signature Transaction signature string in base 58
		* @param callback Function to invoke on signature notifications
		* @param options Enable received notifications and set the commitment
		*   level that signature must reach before notification
		* @return subscription id
		*/
		onSignatureWithOptions(signature, callback, options) {
			const { commitment, ...extra } = {
				...options,
				commitment: options && options.commitment || this._commitment || "finalized"
			};
			const args = this._buildArgs([signature], commitment, void 0, extra);
			const clientSubscriptionId = this._makeSubscription({
				callback: (notification, context) => {
					callback(notification, context);
					try {
						this.removeSignatureListener(clientSubscriptionId);
					} catch (_err) {}
				},
				method: "signatureSubscribe",
				unsubscribeMethod: "signatureUnsubscribe"
			}, args);
			return clientSubscriptionId;
		}
		/**
		* Deregister a signature notification callback
		*
		* @param clientSubscriptionId client subscription id to deregister
		*/
		async removeSignatureListener(clientSubscriptionId) {
			await this._unsubscribeClientSubscription(clientSubscriptionId, "signature result");
		}
		/**
		* @internal
		*/
		_wsOnRootNotification(notification) {
			const { result, subscription } = create(notification, RootNotificationResult);
			this._handleServerNotification(subscription, [result]);
		}
		/**
		* Register a callback to be invoked upon root changes
		*
		* @param callback Function to invoke whenever the root changes
		* @return subscription id
		*/
		onRootChange(callback) {
			return this._makeSubscription({
				callback,
				method: "rootSubscribe",
				unsubscribeMethod: "rootUnsubscribe"
			}, []);
		}
		/**
		* Deregister a root notification callback
		*
		* @param clientSubscriptionId client subscription id to deregister
		*/
		async removeRootChangeListener(clientSubscriptionId) {
			await this._unsubscribeClientSubscription(clientSubscriptionId, "root change");
		}
	};
	Keypair = class Keypair {
		/**
		* Create a new keypair instance.
		* Generate random keypair if no {@link Ed25519Keypair} is provided.
		*
		* @param {Ed25519Keypair} keypair ed25519 keypair
		*/
		constructor(keypair) {
			this._keypair = void 0;
			this._keypair = keypair ?? generateKeypair();
		}
		/**
		* Generate a new random keypair
		*
		* @returns {Keypair} Keypair
		*/
		static generate() {
			return new Keypair(generateKeypair());
		}
		/**
		* Create a keypair from a raw secret key byte array.
		*
		* This method should only be used to recreate a keypair from a previously
		* generated secret key. Generating keypairs from a random seed should be done
		* with the {@link Keypair.fromSeed} method.
		*
		* @throws error if the provided secret key is invalid and validation is not skipped.
		*
		* @param secretKey secret key byte array
		* @param options skip secret key validation
		*
		* @returns {Keypair} Keypair
		*/
		static fromSecretKey(secretKey, options) {
			if (secretKey.byteLength !== 64) throw new Error("bad secret key size");
			const publicKey = secretKey.slice(32, 64);
			if (!options || !options.skipValidation) {
				const privateScalar = secretKey.slice(0, 32);
				const computedPublicKey = getPublicKey(privateScalar);
				for (let ii = 0; ii < 32; ii++) if (publicKey[ii] !== computedPublicKey[ii]) throw new Error("provided secretKey is invalid");
			}
			return new Keypair({
				publicKey,
				secretKey
			});
		}
		/**
		* Generate a keypair from a 32 byte seed.
		*
		* @param seed seed byte array
		*
		* @returns {Keypair} Keypair
		*/
		static fromSeed(seed) {
			const publicKey = getPublicKey(seed);
			const secretKey = /* @__PURE__ */ new Uint8Array(64);
			secretKey.set(seed);
			secretKey.set(publicKey, 32);
			return new Keypair({
				publicKey,
				secretKey
			});
		}
		/**
		* The public key for this keypair
		*
		* @returns {PublicKey} PublicKey
		*/
		get publicKey() {
			return new PublicKey(this._keypair.publicKey);
		}
		/**
		* The raw secret key for this keypair
		* @returns {Uint8Array} Secret key in an array of Uint8 bytes
		*/
		get secretKey() {
			return new Uint8Array(this._keypair.secretKey);
		}
	};
	LOOKUP_TABLE_INSTRUCTION_LAYOUTS = Object.freeze({
		CreateLookupTable: {
			index: 0,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				u64("recentSlot"),
				import_Layout.u8("bumpSeed")
			])
		},
		FreezeLookupTable: {
			index: 1,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		},
		ExtendLookupTable: {
			index: 2,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				u64(),
				import_Layout.seq(publicKey(), import_Layout.offset(import_Layout.u32(), -8), "addresses")
			])
		},
		DeactivateLookupTable: {
			index: 3,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		},
		CloseLookupTable: {
			index: 4,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		}
	});
	AddressLookupTableProgram = class {
		/**
		* @internal
		*/
		constructor() {}
		static createLookupTable(params) {
			const [lookupTableAddress, bumpSeed] = PublicKey.findProgramAddressSync([params.authority.toBuffer(), getU64Encoder().encode(params.recentSlot)], this.programId);
			const type = LOOKUP_TABLE_INSTRUCTION_LAYOUTS.CreateLookupTable;
			const data = encodeData(type, {
				recentSlot: BigInt(params.recentSlot),
				bumpSeed
			});
			const keys = [
				{
					pubkey: lookupTableAddress,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: params.authority,
					isSigner: true,
					isWritable: false
				},
				{
					pubkey: params.payer,
					isSigner: true,
					isWritable: true
				},
				{
					pubkey: SystemProgram.programId,
					isSigner: false,
					isWritable: false
				}
			];
			return [new TransactionInstruction({
				programId: this.programId,
				keys,
				data
			}), lookupTableAddress];
		}
		static freezeLookupTable(params) {
			const type = LOOKUP_TABLE_INSTRUCTION_LAYOUTS.FreezeLookupTable;
			const data = encodeData(type);
			const keys = [{
				pubkey: params.lookupTable,
				isSigner: false,
				isWritable: true
			}, {
				pubkey: params.authority,
				isSigner: true,
				isWritable: false
			}];
			return new TransactionInstruction({
				programId: this.programId,
				keys,
				data
			});
		}
		static extendLookupTable(params) {
			const type = LOOKUP_TABLE_INSTRUCTION_LAYOUTS.ExtendLookupTable;
			const data = encodeData(type, { addresses: params.addresses.map((addr) => addr.toBytes()) });
			const keys = [{
				pubkey: params.lookupTable,
				isSigner: false,
				isWritable: true
			}, {
				pubkey: params.authority,
				isSigner: true,
				isWritable: false
			}];
			if (params.payer) keys.push({
				pubkey: params.payer,
				isSigner: true,
				isWritable: true
			}, {
				pubkey: SystemProgram.programId,
				isSigner: false,
				isWritable: false
			});
			return new TransactionInstruction({
				programId: this.programId,
				keys,
				data
			});
		}
		static deactivateLookupTable(params) {
			const type = LOOKUP_TABLE_INSTRUCTION_LAYOUTS.DeactivateLookupTable;
			const data = encodeData(type);
			const keys = [{
				pubkey: params.lookupTable,
				isSigner: false,
				isWritable: true
			}, {
				pubkey: params.authority,
				isSigner: true,
				isWritable: false
			}];
			return new TransactionInstruction({
				programId: this.programId,
				keys,
				data
			});
		}
		static closeLookupTable(params) {
			const type = LOOKUP_TABLE_INSTRUCTION_LAYOUTS.CloseLookupTable;
			const data = encodeData(type);
			const keys = [
				{
					pubkey: params.lookupTable,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: params.authority,
					isSigner: true,
					isWritable: false
				},
				{
					pubkey: params.recipient,
					isSigner: false,
					isWritable: true
				}
			];
			return new TransactionInstruction({
				programId: this.programId,
				keys,
				data
			});
		}
	};
	AddressLookupTableProgram.programId = new PublicKey("AddressLookupTab1e1111111111111111111111111");
	COMPUTE_BUDGET_INSTRUCTION_LAYOUTS = Object.freeze({
		RequestUnits: {
			index: 0,
			layout: import_Layout.struct([
				import_Layout.u8("instruction"),
				import_Layout.u32("units"),
				import_Layout.u32("additionalFee")
			])
		},
		RequestHeapFrame: {
			index: 1,
			layout: import_Layout.struct([import_Layout.u8("instruction"), import_Layout.u32("bytes")])
		},
		SetComputeUnitLimit: {
			index: 2,
			layout: import_Layout.struct([import_Layout.u8("instruction"), import_Layout.u32("units")])
		},
		SetComputeUnitPrice: {
			index: 3,
			layout: import_Layout.struct([import_Layout.u8("instruction"), u64("microLamports")])
		}
	});
	ComputeBudgetProgram = class {
		/**
		* @internal
		*/
		constructor() {}
		/**
		* Public key that identifies the Compute Budget program
		*/
		/**
		* @deprecated Instead, call {@link setComputeUnitLimit} and/or {@link setComputeUnitPrice}
		*/
		static requestUnits(params) {
			const type = COMPUTE_BUDGET_INSTRUCTION_LAYOUTS.RequestUnits;
			const data = encodeData(type, params);
			return new TransactionInstruction({
				keys: [],
				programId: this.programId,
				data
			});
		}
		static requestHeapFrame(params) {
			const type = COMPUTE_BUDGET_INSTRUCTION_LAYOUTS.RequestHeapFrame;
			const data = encodeData(type, params);
			return new TransactionInstruction({
				keys: [],
				programId: this.programId,
				data
			});
		}
		static setComputeUnitLimit(params) {
			const type = COMPUTE_BUDGET_INSTRUCTION_LAYOUTS.SetComputeUnitLimit;
			const data = encodeData(type, params);
			return new TransactionInstruction({
				keys: [],
				programId: this.programId,
				data
			});
		}
		static setComputeUnitPrice(params) {
			const type = COMPUTE_BUDGET_INSTRUCTION_LAYOUTS.SetComputeUnitPrice;
			const data = encodeData(type, { microLamports: BigInt(params.microLamports) });
			return new TransactionInstruction({
				keys: [],
				programId: this.programId,
				data
			});
		}
	};
	ComputeBudgetProgram.programId = new PublicKey("ComputeBudget111111111111111111111111111111");
	PRIVATE_KEY_BYTES$1 = 64;
	PUBLIC_KEY_BYTES$1 = 32;
	SIGNATURE_BYTES = 64;
	ED25519_INSTRUCTION_LAYOUT = import_Layout.struct([
		import_Layout.u8("numSignatures"),
		import_Layout.u8("padding"),
		import_Layout.u16("signatureOffset"),
		import_Layout.u16("signatureInstructionIndex"),
		import_Layout.u16("publicKeyOffset"),
		import_Layout.u16("publicKeyInstructionIndex"),
		import_Layout.u16("messageDataOffset"),
		import_Layout.u16("messageDataSize"),
		import_Layout.u16("messageInstructionIndex")
	]);
	Ed25519Program = class Ed25519Program {
		/**
		* @internal
		*/
		constructor() {}
		/**
		* Public key that identifies the ed25519 program
		*/
		/**
		* Create an ed25519 instruction with a public key and signature. The
		* public key must be a buffer that is 32 bytes long, and the signature
		* must be a buffer of 64 bytes.
		*/
		static createInstructionWithPublicKey(params) {
			const { publicKey, message, signature, instructionIndex } = params;
			assert(publicKey.length === PUBLIC_KEY_BYTES$1, `Public Key must be ${PUBLIC_KEY_BYTES$1} bytes but received ${publicKey.length} bytes`);
			assert(signature.length === SIGNATURE_BYTES, `Signature must be ${SIGNATURE_BYTES} bytes but received ${signature.length} bytes`);
			const publicKeyOffset = ED25519_INSTRUCTION_LAYOUT.span;
			const signatureOffset = publicKeyOffset + publicKey.length;
			const messageDataOffset = signatureOffset + signature.length;
			const numSignatures = 1;
			const instructionData = import_buffer.Buffer.alloc(messageDataOffset + message.length);
			const index = instructionIndex == null ? 65535 : instructionIndex;
			ED25519_INSTRUCTION_LAYOUT.encode({
				numSignatures,
				padding: 0,
				signatureOffset,
				signatureInstructionIndex: index,
				publicKeyOffset,
				publicKeyInstructionIndex: index,
				messageDataOffset,
				messageDataSize: message.length,
				messageInstructionIndex: index
			}, instructionData);
			instructionData.fill(publicKey, publicKeyOffset);
			instructionData.fill(signature, signatureOffset);
			instructionData.fill(message, messageDataOffset);
			return new TransactionInstruction({
				keys: [],
				programId: Ed25519Program.programId,
				data: instructionData
			});
		}
		/**
		* Create an ed25519 instruction with a private key. The private key
		* must be a buffer that is 64 bytes long.
		*/
		static createInstructionWithPrivateKey(params) {
			const { privateKey, message, instructionIndex } = params;
			assert(privateKey.length === PRIVATE_KEY_BYTES$1, `Private key must be ${PRIVATE_KEY_BYTES$1} bytes but received ${privateKey.length} bytes`);
			try {
				const keypair = Keypair.fromSecretKey(privateKey);
				const publicKey = keypair.publicKey.toBytes();
				const signature = sign(message, keypair.secretKey);
				return this.createInstructionWithPublicKey({
					publicKey,
					message,
					signature,
					instructionIndex
				});
			} catch (error) {
				throw new Error(`Error creating instruction; ${error}`);
			}
		}
	};
	Ed25519Program.programId = new PublicKey("Ed25519SigVerify111111111111111111111111111");
	ecdsaSign = (msgHash, privKey) => {
		const signature = secp256k1.sign(msgHash, privKey);
		return [signature.toCompactRawBytes(), signature.recovery];
	};
	secp256k1.utils.isValidPrivateKey;
	publicKeyCreate = secp256k1.getPublicKey;
	PRIVATE_KEY_BYTES = 32;
	ETHEREUM_ADDRESS_BYTES = 20;
	PUBLIC_KEY_BYTES = 64;
	SECP256K1_INSTRUCTION_LAYOUT = import_Layout.struct([
		import_Layout.u8("numSignatures"),
		import_Layout.u16("signatureOffset"),
		import_Layout.u8("signatureInstructionIndex"),
		import_Layout.u16("ethAddressOffset"),
		import_Layout.u8("ethAddressInstructionIndex"),
		import_Layout.u16("messageDataOffset"),
		import_Layout.u16("messageDataSize"),
		import_Layout.u8("messageInstructionIndex"),
		import_Layout.blob(20, "ethAddress"),
		import_Layout.blob(64, "signature"),
		import_Layout.u8("recoveryId")
	]);
	Secp256k1Program = class Secp256k1Program {
		/**
		* @internal
		*/
		constructor() {}
		/**
		* Public key that identifies the secp256k1 program
		*/
		/**
		* Construct an Ethereum address from a secp256k1 public key buffer.
		* @param {Buffer} publicKey a 64 byte secp256k1 public key buffer
		*/
		static publicKeyToEthAddress(publicKey) {
			assert(publicKey.length === PUBLIC_KEY_BYTES, `Public key must be ${PUBLIC_KEY_BYTES} bytes but received ${publicKey.length} bytes`);
			try {
				return import_buffer.Buffer.from(keccak_256(toBuffer(publicKey))).slice(-20);
			} catch (error) {
				throw new Error(`Error constructing Ethereum address: ${error}`);
			}
		}
		/**
		* Create an secp256k1 instruction with a public key. The public key
		* must be a buffer that is 64 bytes long.
		*/
		static createInstructionWithPublicKey(params) {
			const { publicKey, message, signature, recoveryId, instructionIndex } = params;
			return Secp256k1Program.createInstructionWithEthAddress({
				ethAddress: Secp256k1Program.publicKeyToEthAddress(publicKey),
				message,
				signature,
				recoveryId,
				instructionIndex
			});
		}
		/**
		* Create an secp256k1 instruction with an Ethereum address. The address
		* must be a hex string or a buffer that is 20 bytes long.
		*/
		static createInstructionWithEthAddress(params) {
			const { ethAddress: rawAddress, message, signature, recoveryId, instructionIndex = 0 } = params;
			let ethAddress;
			if (typeof rawAddress === "string") {
				if (rawAddress.startsWith("0x")) ethAddress = import_buffer.Buffer.from(rawAddress.substr(2), "hex");
				else ethAddress = import_buffer.Buffer.from(rawAddress, "hex");
			} else ethAddress = rawAddress;
			assert(ethAddress.length === ETHEREUM_ADDRESS_BYTES, `Address must be ${ETHEREUM_ADDRESS_BYTES} bytes but received ${ethAddress.length} bytes`);
			const dataStart = 12;
			const ethAddressOffset = dataStart;
			const signatureOffset = dataStart + ethAddress.length;
			const messageDataOffset = signatureOffset + signature.length + 1;
			const numSignatures = 1;
			const instructionData = import_buffer.Buffer.alloc(SECP256K1_INSTRUCTION_LAYOUT.span + message.length);
			SECP256K1_INSTRUCTION_LAYOUT.encode({
				numSignatures,
				signatureOffset,
				signatureInstructionIndex: instructionIndex,
				ethAddressOffset,
				ethAddressInstructionIndex: instructionIndex,
				messageDataOffset,
				messageDataSize: message.length,
				messageInstructionIndex: instructionIndex,
				signature: toBuffer(signature),
				ethAddress: toBuffer(ethAddress),
				recoveryId
			}, instructionData);
			instructionData.fill(toBuffer(message), SECP256K1_INSTRUCTION_LAYOUT.span);
			return new TransactionInstruction({
				keys: [],
				programId: Secp256k1Program.programId,
				data: instructionData
			});
		}
		/**
		* Create an secp256k1 instruction with a private key. The private key
		* must be a buffer that is 32 bytes long.
		*/
		static createInstructionWithPrivateKey(params) {
			const { privateKey: pkey, message, instructionIndex } = params;
			assert(pkey.length === PRIVATE_KEY_BYTES, `Private key must be ${PRIVATE_KEY_BYTES} bytes but received ${pkey.length} bytes`);
			try {
				const privateKey = toBuffer(pkey);
				const publicKey = publicKeyCreate(privateKey, false).slice(1);
				const messageHash = import_buffer.Buffer.from(keccak_256(toBuffer(message)));
				const [signature, recoveryId] = ecdsaSign(messageHash, privateKey);
				return this.createInstructionWithPublicKey({
					publicKey,
					message,
					signature,
					recoveryId,
					instructionIndex
				});
			} catch (error) {
				throw new Error(`Error creating instruction; ${error}`);
			}
		}
	};
	Secp256k1Program.programId = new PublicKey("KeccakSecp256k11111111111111111111111111111");
	STAKE_CONFIG_ID = new PublicKey("StakeConfig11111111111111111111111111111111");
	Lockup = class {
		/**
		* Create a new Lockup object
		*/
		constructor(unixTimestamp, epoch, custodian) {
			/** Unix timestamp of lockup expiration */
			this.unixTimestamp = void 0;
			/** Epoch of lockup expiration */
			this.epoch = void 0;
			/** Lockup custodian authority */
			this.custodian = void 0;
			this.unixTimestamp = unixTimestamp;
			this.epoch = epoch;
			this.custodian = custodian;
		}
	};
	_Lockup = Lockup;
	Lockup.default = new _Lockup(0, 0, PublicKey.default);
	STAKE_INSTRUCTION_LAYOUTS = Object.freeze({
		Initialize: {
			index: 0,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				authorized(),
				lockup()
			])
		},
		Authorize: {
			index: 1,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				publicKey("newAuthorized"),
				import_Layout.u32("stakeAuthorizationType")
			])
		},
		Delegate: {
			index: 2,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		},
		Split: {
			index: 3,
			layout: import_Layout.struct([import_Layout.u32("instruction"), import_Layout.ns64("lamports")])
		},
		Withdraw: {
			index: 4,
			layout: import_Layout.struct([import_Layout.u32("instruction"), import_Layout.ns64("lamports")])
		},
		Deactivate: {
			index: 5,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		},
		Merge: {
			index: 7,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		},
		AuthorizeWithSeed: {
			index: 8,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				publicKey("newAuthorized"),
				import_Layout.u32("stakeAuthorizationType"),
				rustString("authoritySeed"),
				publicKey("authorityOwner")
			])
		}
	});
	Object.freeze({
		Staker: { index: 0 },
		Withdrawer: { index: 1 }
	});
	StakeProgram = class {
		/**
		* @internal
		*/
		constructor() {}
		/**
		* Public key that identifies the Stake program
		*/
		/**
		* Generate an Initialize instruction to add to a Stake Create transaction
		*/
		static initialize(params) {
			const { stakePubkey, authorized, lockup: maybeLockup } = params;
			const lockup = maybeLockup || Lockup.default;
			const type = STAKE_INSTRUCTION_LAYOUTS.Initialize;
			const data = encodeData(type, {
				authorized: {
					staker: toBuffer(authorized.staker.toBuffer()),
					withdrawer: toBuffer(authorized.withdrawer.toBuffer())
				},
				lockup: {
					unixTimestamp: lockup.unixTimestamp,
					epoch: lockup.epoch,
					custodian: toBuffer(lockup.custodian.toBuffer())
				}
			});
			const instructionData = {
				keys: [{
					pubkey: stakePubkey,
					isSigner: false,
					isWritable: true
				}, {
					pubkey: SYSVAR_RENT_PUBKEY,
					isSigner: false,
					isWritable: false
				}],
				programId: this.programId,
				data
			};
			return new TransactionInstruction(instructionData);
		}
		/**
		* Generate a Transaction that creates a new Stake account at
		*   an address generated with `from`, a seed, and the Stake programId
		*/
		static createAccountWithSeed(params) {
			const transaction = new Transaction();
			transaction.add(SystemProgram.createAccountWithSeed({
				fromPubkey: params.fromPubkey,
				newAccountPubkey: params.stakePubkey,
				basePubkey: params.basePubkey,
				seed: params.seed,
				lamports: params.lamports,
				space: this.space,
				programId: this.programId
			}));
			const { stakePubkey, authorized, lockup } = params;
			return transaction.add(this.initialize({
				stakePubkey,
				authorized,
				lockup
			}));
		}
		/**
		* Generate a Transaction that creates a new Stake account
		*/
		static createAccount(params) {
			const transaction = new Transaction();
			transaction.add(SystemProgram.createAccount({
				fromPubkey: params.fromPubkey,
				newAccountPubkey: params.stakePubkey,
				lamports: params.lamports,
				space: this.space,
				programId: this.programId
			}));
			const { stakePubkey, authorized, lockup } = params;
			return transaction.add(this.initialize({
				stakePubkey,
				authorized,
				lockup
			}));
		}
		/**
		* Generate a Transaction that delegates Stake tokens to a validator
		* Vote PublicKey. This transaction can also be used to redelegate Stake
		* to a new validator Vote PublicKey.
		*/
		static delegate(params) {
			const { stakePubkey, authorizedPubkey, votePubkey } = params;
			const type = STAKE_INSTRUCTION_LAYOUTS.Delegate;
			const data = encodeData(type);
			return new Transaction().add({
				keys: [
					{
						pubkey: stakePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: votePubkey,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: SYSVAR_CLOCK_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: SYSVAR_STAKE_HISTORY_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: STAKE_CONFIG_ID,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: authorizedPubkey,
						isSigner: true,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a Transaction that authorizes a new PublicKey as Staker
		* or Withdrawer on the Stake account.
		*/
		static authorize(params) {
			const { stakePubkey, authorizedPubkey, newAuthorizedPubkey, stakeAuthorizationType, custodianPubkey } = params;
			const type = STAKE_INSTRUCTION_LAYOUTS.Authorize;
			const data = encodeData(type, {
				newAuthorized: toBuffer(newAuthorizedPubkey.toBuffer()),
				stakeAuthorizationType: stakeAuthorizationType.index
			});
			const keys = [
				{
					pubkey: stakePubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: SYSVAR_CLOCK_PUBKEY,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: authorizedPubkey,
					isSigner: true,
					isWritable: false
				}
			];
			if (custodianPubkey) keys.push({
				pubkey: custodianPubkey,
				isSigner: true,
				isWritable: false
			});
			return new Transaction().add({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a Transaction that authorizes a new PublicKey as Staker
		* or Withdrawer on the Stake account.
		*/
		static authorizeWithSeed(params) {
			const { stakePubkey, authorityBase, authoritySeed, authorityOwner, newAuthorizedPubkey, stakeAuthorizationType, custodianPubkey } = params;
			const type = STAKE_INSTRUCTION_LAYOUTS.AuthorizeWithSeed;
			const data = encodeData(type, {
				newAuthorized: toBuffer(newAuthorizedPubkey.toBuffer()),
				stakeAuthorizationType: stakeAuthorizationType.index,
				authoritySeed,
				authorityOwner: toBuffer(authorityOwner.toBuffer())
			});
			const keys = [
				{
					pubkey: stakePubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: authorityBase,
					isSigner: true,
					isWritable: false
				},
				{
					pubkey: SYSVAR_CLOCK_PUBKEY,
					isSigner: false,
					isWritable: false
				}
			];
			if (custodianPubkey) keys.push({
				pubkey: custodianPubkey,
				isSigner: true,
				isWritable: false
			});
			return new Transaction().add({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* @internal
		*/
		static splitInstruction(params) {
			const { stakePubkey, authorizedPubkey, splitStakePubkey, lamports } = params;
			const type = STAKE_INSTRUCTION_LAYOUTS.Split;
			const data = encodeData(type, { lamports });
			return new TransactionInstruction({
				keys: [
					{
						pubkey: stakePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: splitStakePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: authorizedPubkey,
						isSigner: true,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a Transaction that splits Stake tokens into another stake account
		*/
		static split(params, rentExemptReserve) {
			const transaction = new Transaction();
			transaction.add(SystemProgram.createAccount({
				fromPubkey: params.authorizedPubkey,
				newAccountPubkey: params.splitStakePubkey,
				lamports: rentExemptReserve,
				space: this.space,
				programId: this.programId
			}));
			return transaction.add(this.splitInstruction(params));
		}
		/**
		* Generate a Transaction that splits Stake tokens into another account
		* derived from a base public key and seed
		*/
		static splitWithSeed(params, rentExemptReserve) {
			const { stakePubkey, authorizedPubkey, splitStakePubkey, basePubkey, seed, lamports } = params;
			const transaction = new Transaction();
			transaction.add(SystemProgram.allocate({
				accountPubkey: splitStakePubkey,
				basePubkey,
				seed,
				space: this.space,
				programId: this.programId
			}));
			if (rentExemptReserve && rentExemptReserve > 0) transaction.add(SystemProgram.transfer({
				fromPubkey: params.authorizedPubkey,
				toPubkey: splitStakePubkey,
				lamports: rentExemptReserve
			}));
			return transaction.add(this.splitInstruction({
				stakePubkey,
				authorizedPubkey,
				splitStakePubkey,
				lamports
			}));
		}
		/**
		* Generate a Transaction that merges Stake accounts.
		*/
		static merge(params) {
			const { stakePubkey, sourceStakePubKey, authorizedPubkey } = params;
			const type = STAKE_INSTRUCTION_LAYOUTS.Merge;
			const data = encodeData(type);
			return new Transaction().add({
				keys: [
					{
						pubkey: stakePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: sourceStakePubKey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: SYSVAR_CLOCK_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: SYSVAR_STAKE_HISTORY_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: authorizedPubkey,
						isSigner: true,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a Transaction that withdraws deactivated Stake tokens.
		*/
		static withdraw(params) {
			const { stakePubkey, authorizedPubkey, toPubkey, lamports, custodianPubkey } = params;
			const type = STAKE_INSTRUCTION_LAYOUTS.Withdraw;
			const data = encodeData(type, { lamports });
			const keys = [
				{
					pubkey: stakePubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: toPubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: SYSVAR_CLOCK_PUBKEY,
					isSigner: false,
					isWritable: false
				},
				{
					pubkey: SYSVAR_STAKE_HISTORY_PUBKEY,
					isSigner: false,
					isWritable: false
				},
				{
					pubkey: authorizedPubkey,
					isSigner: true,
					isWritable: false
				}
			];
			if (custodianPubkey) keys.push({
				pubkey: custodianPubkey,
				isSigner: true,
				isWritable: false
			});
			return new Transaction().add({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a Transaction that deactivates Stake tokens.
		*/
		static deactivate(params) {
			const { stakePubkey, authorizedPubkey } = params;
			const type = STAKE_INSTRUCTION_LAYOUTS.Deactivate;
			const data = encodeData(type);
			return new Transaction().add({
				keys: [
					{
						pubkey: stakePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: SYSVAR_CLOCK_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: authorizedPubkey,
						isSigner: true,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			});
		}
	};
	StakeProgram.programId = new PublicKey("Stake11111111111111111111111111111111111111");
	/**
	* Max space of a Stake account
	*
	* This is generated from the solana-stake-program StakeState struct as
	* `StakeStateV2::size_of()`:
	* https://docs.rs/solana-stake-program/latest/solana_stake_program/stake_state/enum.StakeStateV2.html
	*/
	StakeProgram.space = 200;
	VOTE_INSTRUCTION_LAYOUTS = Object.freeze({
		InitializeAccount: {
			index: 0,
			layout: import_Layout.struct([import_Layout.u32("instruction"), voteInit()])
		},
		Authorize: {
			index: 1,
			layout: import_Layout.struct([
				import_Layout.u32("instruction"),
				publicKey("newAuthorized"),
				import_Layout.u32("voteAuthorizationType")
			])
		},
		Withdraw: {
			index: 3,
			layout: import_Layout.struct([import_Layout.u32("instruction"), import_Layout.ns64("lamports")])
		},
		UpdateValidatorIdentity: {
			index: 4,
			layout: import_Layout.struct([import_Layout.u32("instruction")])
		},
		AuthorizeWithSeed: {
			index: 10,
			layout: import_Layout.struct([import_Layout.u32("instruction"), voteAuthorizeWithSeedArgs()])
		}
	});
	Object.freeze({
		Voter: { index: 0 },
		Withdrawer: { index: 1 }
	});
	VoteProgram = class VoteProgram {
		/**
		* @internal
		*/
		constructor() {}
		/**
		* Public key that identifies the Vote program
		*/
		/**
		* Generate an Initialize instruction.
		*/
		static initializeAccount(params) {
			const { votePubkey, nodePubkey, voteInit } = params;
			const type = VOTE_INSTRUCTION_LAYOUTS.InitializeAccount;
			const data = encodeData(type, { voteInit: {
				nodePubkey: toBuffer(voteInit.nodePubkey.toBuffer()),
				authorizedVoter: toBuffer(voteInit.authorizedVoter.toBuffer()),
				authorizedWithdrawer: toBuffer(voteInit.authorizedWithdrawer.toBuffer()),
				commission: voteInit.commission
			} });
			const instructionData = {
				keys: [
					{
						pubkey: votePubkey,
						isSigner: false,
						isWritable: true
					},
					{
						pubkey: SYSVAR_RENT_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: SYSVAR_CLOCK_PUBKEY,
						isSigner: false,
						isWritable: false
					},
					{
						pubkey: nodePubkey,
						isSigner: true,
						isWritable: false
					}
				],
				programId: this.programId,
				data
			};
			return new TransactionInstruction(instructionData);
		}
		/**
		* Generate a transaction that creates a new Vote account.
		*/
		static createAccount(params) {
			const transaction = new Transaction();
			transaction.add(SystemProgram.createAccount({
				fromPubkey: params.fromPubkey,
				newAccountPubkey: params.votePubkey,
				lamports: params.lamports,
				space: this.space,
				programId: this.programId
			}));
			return transaction.add(this.initializeAccount({
				votePubkey: params.votePubkey,
				nodePubkey: params.voteInit.nodePubkey,
				voteInit: params.voteInit
			}));
		}
		/**
		* Generate a transaction that authorizes a new Voter or Withdrawer on the Vote account.
		*/
		static authorize(params) {
			const { votePubkey, authorizedPubkey, newAuthorizedPubkey, voteAuthorizationType } = params;
			const type = VOTE_INSTRUCTION_LAYOUTS.Authorize;
			const data = encodeData(type, {
				newAuthorized: toBuffer(newAuthorizedPubkey.toBuffer()),
				voteAuthorizationType: voteAuthorizationType.index
			});
			const keys = [
				{
					pubkey: votePubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: SYSVAR_CLOCK_PUBKEY,
					isSigner: false,
					isWritable: false
				},
				{
					pubkey: authorizedPubkey,
					isSigner: true,
					isWritable: false
				}
			];
			return new Transaction().add({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction that authorizes a new Voter or Withdrawer on the Vote account
		* where the current Voter or Withdrawer authority is a derived key.
		*/
		static authorizeWithSeed(params) {
			const { currentAuthorityDerivedKeyBasePubkey, currentAuthorityDerivedKeyOwnerPubkey, currentAuthorityDerivedKeySeed, newAuthorizedPubkey, voteAuthorizationType, votePubkey } = params;
			const type = VOTE_INSTRUCTION_LAYOUTS.AuthorizeWithSeed;
			const data = encodeData(type, { voteAuthorizeWithSeedArgs: {
				currentAuthorityDerivedKeyOwnerPubkey: toBuffer(currentAuthorityDerivedKeyOwnerPubkey.toBuffer()),
				currentAuthorityDerivedKeySeed,
				newAuthorized: toBuffer(newAuthorizedPubkey.toBuffer()),
				voteAuthorizationType: voteAuthorizationType.index
			} });
			const keys = [
				{
					pubkey: votePubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: SYSVAR_CLOCK_PUBKEY,
					isSigner: false,
					isWritable: false
				},
				{
					pubkey: currentAuthorityDerivedKeyBasePubkey,
					isSigner: true,
					isWritable: false
				}
			];
			return new Transaction().add({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction to withdraw from a Vote account.
		*/
		static withdraw(params) {
			const { votePubkey, authorizedWithdrawerPubkey, lamports, toPubkey } = params;
			const type = VOTE_INSTRUCTION_LAYOUTS.Withdraw;
			const data = encodeData(type, { lamports });
			const keys = [
				{
					pubkey: votePubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: toPubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: authorizedWithdrawerPubkey,
					isSigner: true,
					isWritable: false
				}
			];
			return new Transaction().add({
				keys,
				programId: this.programId,
				data
			});
		}
		/**
		* Generate a transaction to withdraw safely from a Vote account.
		*
		* This function was created as a safeguard for vote accounts running validators, `safeWithdraw`
		* checks that the withdraw amount will not exceed the specified balance while leaving enough left
		* to cover rent. If you wish to close the vote account by withdrawing the full amount, call the
		* `withdraw` method directly.
		*/
		static safeWithdraw(params, currentVoteAccountBalance, rentExemptMinimum) {
			if (params.lamports > currentVoteAccountBalance - rentExemptMinimum) throw new Error("Withdraw will leave vote account with insufficient funds.");
			return VoteProgram.withdraw(params);
		}
		/**
		* Generate a transaction to update the validator identity (node pubkey) of a Vote account.
		*/
		static updateValidatorIdentity(params) {
			const { votePubkey, authorizedWithdrawerPubkey, nodePubkey } = params;
			const type = VOTE_INSTRUCTION_LAYOUTS.UpdateValidatorIdentity;
			const data = encodeData(type);
			const keys = [
				{
					pubkey: votePubkey,
					isSigner: false,
					isWritable: true
				},
				{
					pubkey: nodePubkey,
					isSigner: true,
					isWritable: false
				},
				{
					pubkey: authorizedWithdrawerPubkey,
					isSigner: true,
					isWritable: false
				}
			];
			return new Transaction().add({
				keys,
				programId: this.programId,
				data
			});
		}
	};
	VoteProgram.programId = new PublicKey("Vote111111111111111111111111111111111111111");
	/**
	* Max space of a Vote account
	*
	* This is generated from the solana-vote-program VoteState struct as
	* `VoteState::size_of()`:
	* https://docs.rs/solana-vote-program/1.9.5/solana_vote_program/vote_state/struct.VoteState.html#method.size_of
	*
	* KEEP IN SYNC WITH `VoteState::size_of()` in https://github.com/solana-labs/solana/blob/a474cb24b9238f5edcc982f65c0b37d4a1046f7e/sdk/program/src/vote/state/mod.rs#L340-L342
	*/
	VoteProgram.space = 3762;
	new PublicKey("Va1idator1nfo111111111111111111111111111111");
	type({
		name: string(),
		website: optional(string()),
		details: optional(string()),
		iconUrl: optional(string()),
		keybaseUsername: optional(string())
	});
	new PublicKey("Vote111111111111111111111111111111111111111");
	import_Layout.struct([
		publicKey("nodePubkey"),
		publicKey("authorizedWithdrawer"),
		import_Layout.u8("commission"),
		import_Layout.nu64(),
		import_Layout.seq(import_Layout.struct([import_Layout.nu64("slot"), import_Layout.u32("confirmationCount")]), import_Layout.offset(import_Layout.u32(), -8), "votes"),
		import_Layout.u8("rootSlotValid"),
		import_Layout.nu64("rootSlot"),
		import_Layout.nu64(),
		import_Layout.seq(import_Layout.struct([import_Layout.nu64("epoch"), publicKey("authorizedVoter")]), import_Layout.offset(import_Layout.u32(), -8), "authorizedVoters"),
		import_Layout.struct([
			import_Layout.seq(import_Layout.struct([
				publicKey("authorizedPubkey"),
				import_Layout.nu64("epochOfLastAuthorizedSwitch"),
				import_Layout.nu64("targetEpoch")
			]), 32, "buf"),
			import_Layout.nu64("idx"),
			import_Layout.u8("isEmpty")
		], "priorVoters"),
		import_Layout.nu64(),
		import_Layout.seq(import_Layout.struct([
			import_Layout.nu64("epoch"),
			import_Layout.nu64("credits"),
			import_Layout.nu64("prevCredits")
		]), import_Layout.offset(import_Layout.u32(), -8), "epochCredits"),
		import_Layout.struct([import_Layout.nu64("slot"), import_Layout.nu64("timestamp")], "lastTimestamp")
	]);
}));
// node_modules/@solana/wallet-standard-util/lib/esm/commitment.js
/**
* TODO: docs
*/
function getCommitment(commitment) {
	switch (commitment) {
		case "processed":
		case "confirmed":
		case "finalized":
		case void 0: return commitment;
		case "recent": return "processed";
		case "single":
		case "singleGossip": return "confirmed";
		case "max":
		case "root": return "finalized";
		default: return;
	}
}
var init_commitment = __esmMin((() => {}));
// node_modules/@solana/wallet-standard-chains/lib/esm/index.js
var SOLANA_MAINNET_CHAIN, SOLANA_DEVNET_CHAIN, SOLANA_TESTNET_CHAIN, SOLANA_LOCALNET_CHAIN;
var init_esm$5 = __esmMin((() => {
	SOLANA_MAINNET_CHAIN = "solana:mainnet";
	SOLANA_DEVNET_CHAIN = "solana:devnet";
	SOLANA_TESTNET_CHAIN = "solana:testnet";
	SOLANA_LOCALNET_CHAIN = "solana:localnet";
}));
// node_modules/@solana/wallet-standard-util/lib/esm/endpoint.js
/**
* TODO: docs
*/
function getChainForEndpoint(endpoint) {
	if (endpoint.includes("https://api.mainnet-beta.solana.com")) return SOLANA_MAINNET_CHAIN;
	if (/\bdevnet\b/i.test(endpoint)) return SOLANA_DEVNET_CHAIN;
	if (/\btestnet\b/i.test(endpoint)) return SOLANA_TESTNET_CHAIN;
	if (/\blocalhost\b/i.test(endpoint) || /\b127\.0\.0\.1\b/.test(endpoint)) return SOLANA_LOCALNET_CHAIN;
	return SOLANA_MAINNET_CHAIN;
}
var init_endpoint = __esmMin((() => {
	init_esm$5();
}));
// node_modules/@solana/wallet-standard-util/lib/esm/signMessage.js
var init_signMessage = __esmMin((() => {}));
var init_signIn = __esmMin((() => {
	new RegExp(`^(?<domain>[^\\n]+?) wants you to sign in with your Solana account:\\n(?<address>[^\\n]+)(?:\\n|\$)(?:\\n(?<statement>[\\S\\s]*?)(?:\\n|\$))??(?:\\nURI: (?<uri>[^\\n]+))?(?:\\nVersion: (?<version>[^\\n]+))?(?:\\nChain ID: (?<chainId>[^\\n]+))?(?:\\nNonce: (?<nonce>[^\\n]+))?(?:\\nIssued At: (?<issuedAt>[^\\n]+))?(?:\\nExpiration Time: (?<expirationTime>[^\\n]+))?(?:\\nNot Before: (?<notBefore>[^\\n]+))?(?:\\nRequest ID: (?<requestId>[^\\n]+))?(?:\\nResources:(?<resources>(?:\\n- [^\\n]+)*))?\\n*$`);
}));
// node_modules/@solana/wallet-standard-util/lib/esm/index.js
var init_esm$4 = __esmMin((() => {
	init_commitment();
	init_endpoint();
	init_signIn();
	init_signMessage();
}));
var init_register = __esmMin((() => {}));
// node_modules/@wallet-standard/wallet/lib/esm/util.js
/**
* Efficiently compare {@link Indexed} arrays (e.g. `Array` and `Uint8Array`).
*
* @param a An array.
* @param b Another array.
*
* @return `true` if the arrays have the same length and elements, `false` otherwise.
*
* @group Util
*/
function arraysEqual(a, b) {
	if (a === b) return true;
	const length = a.length;
	if (length !== b.length) return false;
	for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
	return true;
}
var init_util = __esmMin((() => {}));
// node_modules/@wallet-standard/wallet/lib/esm/index.js
var init_esm$3 = __esmMin((() => {
	init_register();
	init_util();
}));
// node_modules/base-x/src/esm/index.js
function base(ALPHABET) {
	if (ALPHABET.length >= 255) throw new TypeError("Alphabet too long");
	const BASE_MAP = /* @__PURE__ */ new Uint8Array(256);
	for (let j = 0; j < BASE_MAP.length; j++) BASE_MAP[j] = 255;
	for (let i = 0; i < ALPHABET.length; i++) {
		const x = ALPHABET.charAt(i);
		const xc = x.charCodeAt(0);
		if (BASE_MAP[xc] !== 255) throw new TypeError(x + " is ambiguous");
		BASE_MAP[xc] = i;
	}
	const BASE = ALPHABET.length;
	const LEADER = ALPHABET.charAt(0);
	const FACTOR = Math.log(BASE) / Math.log(256);
	const iFACTOR = Math.log(256) / Math.log(BASE);
	function encode(source) {
		if (source instanceof Uint8Array) {} else if (ArrayBuffer.isView(source)) source = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
		else if (Array.isArray(source)) source = Uint8Array.from(source);
		if (!(source instanceof Uint8Array)) throw new TypeError("Expected Uint8Array");
		if (source.length === 0) return "";
		let zeroes = 0;
		let length = 0;
		let pbegin = 0;
		const pend = source.length;
		while (pbegin !== pend && source[pbegin] === 0) {
			pbegin++;
			zeroes++;
		}
		const size = (pend - pbegin) * iFACTOR + 1 >>> 0;
		const b58 = new Uint8Array(size);
		while (pbegin !== pend) {
			let carry = source[pbegin];
			let i = 0;
			for (let it1 = size - 1; (carry !== 0 || i < length) && it1 !== -1; it1--, i++) {
				carry += 256 * b58[it1] >>> 0;
				b58[it1] = carry % BASE >>> 0;
				carry = carry / BASE >>> 0;
			}
			if (carry !== 0) throw new Error("Non-zero carry");
			length = i;
			pbegin++;
		}
		let it2 = size - length;
		while (it2 !== size && b58[it2] === 0) it2++;
		let str = LEADER.repeat(zeroes);
		for (; it2 < size; ++it2) str += ALPHABET.charAt(b58[it2]);
		return str;
	}
	function decodeUnsafe(source) {
		if (typeof source !== "string") throw new TypeError("Expected String");
		if (source.length === 0) return /* @__PURE__ */ new Uint8Array();
		let psz = 0;
		let zeroes = 0;
		let length = 0;
		while (source[psz] === LEADER) {
			zeroes++;
			psz++;
		}
		const size = (source.length - psz) * FACTOR + 1 >>> 0;
		const b256 = new Uint8Array(size);
		while (psz < source.length) {
			const charCode = source.charCodeAt(psz);
			if (charCode > 255) return;
			let carry = BASE_MAP[charCode];
			if (carry === 255) return;
			let i = 0;
			for (let it3 = size - 1; (carry !== 0 || i < length) && it3 !== -1; it3--, i++) {
				carry += BASE * b256[it3] >>> 0;
				b256[it3] = carry % 256 >>> 0;
				carry = carry / 256 >>> 0;
			}
			if (carry !== 0) throw new Error("Non-zero carry");
			length = i;
			psz++;
		}
		let it4 = size - length;
		while (it4 !== size && b256[it4] === 0) it4++;
		const vch = new Uint8Array(zeroes + (size - it4));
		let j = zeroes;
		while (it4 !== size) vch[j++] = b256[it4++];
		return vch;
	}
	function decode(string) {
		const buffer = decodeUnsafe(string);
		if (buffer) return buffer;
		throw new Error("Non-base" + BASE + " character");
	}
	return {
		encode,
		decodeUnsafe,
		decode
	};
}
var init_esm$2 = __esmMin((() => {}));
// node_modules/bs58/src/esm/index.js
var ALPHABET, esm_default;
var init_esm$1 = __esmMin((() => {
	init_esm$2();
	ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	esm_default = base(ALPHABET);
}));
// node_modules/@solana/wallet-standard-wallet-adapter-base/lib/esm/adapter.js
var __classPrivateFieldGet$1, __classPrivateFieldSet$1, _StandardWalletAdapter_instances, _StandardWalletAdapter_account, _StandardWalletAdapter_publicKey, _StandardWalletAdapter_connecting, _StandardWalletAdapter_disconnecting, _StandardWalletAdapter_off, _StandardWalletAdapter_supportedTransactionVersions, _StandardWalletAdapter_wallet, _StandardWalletAdapter_readyState, _StandardWalletAdapter_connect, _StandardWalletAdapter_connected, _StandardWalletAdapter_disconnected, _StandardWalletAdapter_reset, _StandardWalletAdapter_changed, _StandardWalletAdapter_signTransaction, _StandardWalletAdapter_signAllTransactions, _StandardWalletAdapter_signMessage, _StandardWalletAdapter_signIn, StandardWalletAdapter;
var init_adapter = __esmMin((() => {
	init_esm$6();
	init_esm$8();
	init_esm$4();
	init_index_browser_esm();
	init_esm$7();
	init_esm$3();
	init_esm$1();
	__classPrivateFieldGet$1 = function(receiver, state, kind, f) {
		if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
		if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
		return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
	};
	__classPrivateFieldSet$1 = function(receiver, state, value, kind, f) {
		if (kind === "m") throw new TypeError("Private method is not writable");
		if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
		if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
		return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
	};
	StandardWalletAdapter = class extends BaseWalletAdapter$1 {
		get name() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").name;
		}
		get url() {
			return "https://github.com/solana-labs/wallet-standard";
		}
		get icon() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").icon;
		}
		get readyState() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_readyState, "f");
		}
		get publicKey() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_publicKey, "f");
		}
		get connecting() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_connecting, "f");
		}
		get supportedTransactionVersions() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_supportedTransactionVersions, "f");
		}
		get wallet() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f");
		}
		get standard() {
			return true;
		}
		constructor({ wallet }) {
			super();
			_StandardWalletAdapter_instances.add(this);
			_StandardWalletAdapter_account.set(this, void 0);
			_StandardWalletAdapter_publicKey.set(this, void 0);
			_StandardWalletAdapter_connecting.set(this, void 0);
			_StandardWalletAdapter_disconnecting.set(this, void 0);
			_StandardWalletAdapter_off.set(this, void 0);
			_StandardWalletAdapter_supportedTransactionVersions.set(this, void 0);
			_StandardWalletAdapter_wallet.set(this, void 0);
			_StandardWalletAdapter_readyState.set(this, typeof window === "undefined" || typeof document === "undefined" ? WalletReadyState.Unsupported : WalletReadyState.Installed);
			_StandardWalletAdapter_changed.set(this, (properties) => {
				if ("accounts" in properties) {
					const account = __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").accounts[0];
					if (__classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f") && !__classPrivateFieldGet$1(this, _StandardWalletAdapter_disconnecting, "f") && account !== __classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f")) {
						if (account) __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_connected).call(this, account);
						else {
							this.emit("error", new WalletDisconnectedError());
							__classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_disconnected).call(this);
						}
					}
				}
				if ("features" in properties) __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_reset).call(this);
			});
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_wallet, wallet, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_account, null, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_publicKey, null, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_connecting, false, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_disconnecting, false, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_off, __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[StandardEvents].on("change", __classPrivateFieldGet$1(this, _StandardWalletAdapter_changed, "f")), "f");
			__classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_reset).call(this);
		}
		destroy() {
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_account, null, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_publicKey, null, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_connecting, false, "f");
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_disconnecting, false, "f");
			const off = __classPrivateFieldGet$1(this, _StandardWalletAdapter_off, "f");
			if (off) {
				__classPrivateFieldSet$1(this, _StandardWalletAdapter_off, null, "f");
				off();
			}
		}
		async autoConnect() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_connect).call(this, { silent: true });
		}
		async connect() {
			return __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_connect).call(this);
		}
		async disconnect() {
			if ("standard:disconnect" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features) try {
				__classPrivateFieldSet$1(this, _StandardWalletAdapter_disconnecting, true, "f");
				await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[StandardDisconnect].disconnect();
			} catch (error) {
				this.emit("error", new WalletDisconnectionError(error?.message, error));
			} finally {
				__classPrivateFieldSet$1(this, _StandardWalletAdapter_disconnecting, false, "f");
			}
			__classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_disconnected).call(this);
		}
		async sendTransaction(transaction, connection, options = {}) {
			try {
				const account = __classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f");
				if (!account) throw new WalletNotConnectedError();
				let feature;
				if ("solana:signAndSendTransaction" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features) {
					if (account.features.includes("solana:signAndSendTransaction")) feature = SolanaSignAndSendTransaction;
					else if ("solana:signTransaction" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features && account.features.includes("solana:signTransaction")) feature = SolanaSignTransaction;
					else throw new WalletAccountError();
				} else if ("solana:signTransaction" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features) {
					if (!account.features.includes("solana:signTransaction")) throw new WalletAccountError();
					feature = SolanaSignTransaction;
				} else throw new WalletConfigError();
				const chain = getChainForEndpoint(connection.rpcEndpoint);
				if (!account.chains.includes(chain)) throw new WalletSendTransactionError();
				try {
					const { signers, ...sendOptions } = options;
					let serializedTransaction;
					if (isVersionedTransaction(transaction)) {
						signers?.length && transaction.sign(signers);
						serializedTransaction = transaction.serialize();
					} else {
						transaction = await this.prepareTransaction(transaction, connection, sendOptions);
						signers?.length && transaction.partialSign(...signers);
						serializedTransaction = new Uint8Array(transaction.serialize({
							requireAllSignatures: false,
							verifySignatures: false
						}));
					}
					if (feature === "solana:signAndSendTransaction") {
						const [output] = await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignAndSendTransaction].signAndSendTransaction({
							account,
							chain,
							transaction: serializedTransaction,
							options: {
								preflightCommitment: getCommitment(sendOptions.preflightCommitment || connection.commitment),
								skipPreflight: sendOptions.skipPreflight,
								maxRetries: sendOptions.maxRetries,
								minContextSlot: sendOptions.minContextSlot
							}
						});
						return esm_default.encode(output.signature);
					} else {
						const [output] = await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignTransaction].signTransaction({
							account,
							chain,
							transaction: serializedTransaction,
							options: {
								preflightCommitment: getCommitment(sendOptions.preflightCommitment || connection.commitment),
								minContextSlot: sendOptions.minContextSlot
							}
						});
						return await connection.sendRawTransaction(output.signedTransaction, {
							...sendOptions,
							preflightCommitment: getCommitment(sendOptions.preflightCommitment || connection.commitment)
						});
					}
				} catch (error) {
					if (error instanceof WalletError) throw error;
					throw new WalletSendTransactionError(error?.message, error);
				}
			} catch (error) {
				this.emit("error", error);
				throw error;
			}
		}
	};
	_StandardWalletAdapter_account = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_publicKey = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_connecting = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_disconnecting = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_off = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_supportedTransactionVersions = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_wallet = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_readyState = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_changed = /* @__PURE__ */ new WeakMap(), _StandardWalletAdapter_instances = /* @__PURE__ */ new WeakSet(), _StandardWalletAdapter_connect = async function _StandardWalletAdapter_connect(input) {
		try {
			if (this.connected || this.connecting) return;
			if (__classPrivateFieldGet$1(this, _StandardWalletAdapter_readyState, "f") !== WalletReadyState.Installed) throw new WalletNotReadyError();
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_connecting, true, "f");
			if (!__classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").accounts.length) try {
				await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[StandardConnect].connect(input);
			} catch (error) {
				throw new WalletConnectionError(error?.message, error);
			}
			const account = __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").accounts[0];
			if (!account) throw new WalletAccountError();
			__classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_connected).call(this, account);
		} catch (error) {
			this.emit("error", error);
			throw error;
		} finally {
			__classPrivateFieldSet$1(this, _StandardWalletAdapter_connecting, false, "f");
		}
	}, _StandardWalletAdapter_connected = function _StandardWalletAdapter_connected(account) {
		let publicKey;
		try {
			publicKey = new PublicKey(account.address);
		} catch (error) {
			throw new WalletPublicKeyError(error?.message, error);
		}
		__classPrivateFieldSet$1(this, _StandardWalletAdapter_account, account, "f");
		__classPrivateFieldSet$1(this, _StandardWalletAdapter_publicKey, publicKey, "f");
		__classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_reset).call(this);
		this.emit("connect", publicKey);
	}, _StandardWalletAdapter_disconnected = function _StandardWalletAdapter_disconnected() {
		__classPrivateFieldSet$1(this, _StandardWalletAdapter_account, null, "f");
		__classPrivateFieldSet$1(this, _StandardWalletAdapter_publicKey, null, "f");
		__classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_reset).call(this);
		this.emit("disconnect");
	}, _StandardWalletAdapter_reset = function _StandardWalletAdapter_reset() {
		const supportedTransactionVersions = "solana:signAndSendTransaction" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features ? __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignAndSendTransaction].supportedTransactionVersions : __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignTransaction].supportedTransactionVersions;
		__classPrivateFieldSet$1(this, _StandardWalletAdapter_supportedTransactionVersions, arraysEqual(supportedTransactionVersions, ["legacy"]) ? null : new Set(supportedTransactionVersions), "f");
		if ("solana:signTransaction" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features && __classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f")?.features.includes("solana:signTransaction")) {
			this.signTransaction = __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_signTransaction);
			this.signAllTransactions = __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_signAllTransactions);
		} else {
			delete this.signTransaction;
			delete this.signAllTransactions;
		}
		if ("solana:signMessage" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features && __classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f")?.features.includes("solana:signMessage")) this.signMessage = __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_signMessage);
		else delete this.signMessage;
		if ("solana:signIn" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features) this.signIn = __classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_signIn);
		else delete this.signIn;
	}, _StandardWalletAdapter_signTransaction = async function _StandardWalletAdapter_signTransaction(transaction) {
		try {
			const account = __classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f");
			if (!account) throw new WalletNotConnectedError();
			if (!("solana:signTransaction" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features)) throw new WalletConfigError();
			if (!account.features.includes("solana:signTransaction")) throw new WalletAccountError();
			try {
				const serializedTransaction = (await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignTransaction].signTransaction({
					account,
					transaction: isVersionedTransaction(transaction) ? transaction.serialize() : new Uint8Array(transaction.serialize({
						requireAllSignatures: false,
						verifySignatures: false
					}))
				}))[0].signedTransaction;
				return isVersionedTransaction(transaction) ? VersionedTransaction.deserialize(serializedTransaction) : Transaction.from(serializedTransaction);
			} catch (error) {
				if (error instanceof WalletError) throw error;
				throw new WalletSignTransactionError(error?.message, error);
			}
		} catch (error) {
			this.emit("error", error);
			throw error;
		}
	}, _StandardWalletAdapter_signAllTransactions = async function _StandardWalletAdapter_signAllTransactions(transactions) {
		try {
			const account = __classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f");
			if (!account) throw new WalletNotConnectedError();
			if (!("solana:signTransaction" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features)) throw new WalletConfigError();
			if (!account.features.includes("solana:signTransaction")) throw new WalletAccountError();
			try {
				const signedTransactions = await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignTransaction].signTransaction(...transactions.map((transaction) => ({
					account,
					transaction: isVersionedTransaction(transaction) ? transaction.serialize() : new Uint8Array(transaction.serialize({
						requireAllSignatures: false,
						verifySignatures: false
					}))
				})));
				return transactions.map((transaction, index) => {
					const signedTransaction = signedTransactions[index].signedTransaction;
					return isVersionedTransaction(transaction) ? VersionedTransaction.deserialize(signedTransaction) : Transaction.from(signedTransaction);
				});
			} catch (error) {
				throw new WalletSignTransactionError(error?.message, error);
			}
		} catch (error) {
			this.emit("error", error);
			throw error;
		}
	}, _StandardWalletAdapter_signMessage = async function _StandardWalletAdapter_signMessage(message) {
		try {
			const account = __classPrivateFieldGet$1(this, _StandardWalletAdapter_account, "f");
			if (!account) throw new WalletNotConnectedError();
			if (!("solana:signMessage" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features)) throw new WalletConfigError();
			if (!account.features.includes("solana:signMessage")) throw new WalletAccountError();
			try {
				return (await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignMessage].signMessage({
					account,
					message
				}))[0].signature;
			} catch (error) {
				throw new WalletSignMessageError(error?.message, error);
			}
		} catch (error) {
			this.emit("error", error);
			throw error;
		}
	}, _StandardWalletAdapter_signIn = async function _StandardWalletAdapter_signIn(input = {}) {
		try {
			if (!("solana:signIn" in __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features)) throw new WalletConfigError();
			let output;
			try {
				[output] = await __classPrivateFieldGet$1(this, _StandardWalletAdapter_wallet, "f").features[SolanaSignIn].signIn(input);
			} catch (error) {
				throw new WalletSignInError(error?.message, error);
			}
			if (!output) throw new WalletSignInError();
			__classPrivateFieldGet$1(this, _StandardWalletAdapter_instances, "m", _StandardWalletAdapter_connected).call(this, output.account);
			return output;
		} catch (error) {
			this.emit("error", error);
			throw error;
		}
	};
}));
// node_modules/@solana/wallet-standard-wallet-adapter-base/lib/esm/types.js
var init_types = __esmMin((() => {}));
var init_wallet = __esmMin((() => {
	init_index_browser_esm();
	init_esm$1();
}));
// node_modules/@solana/wallet-standard-wallet-adapter-base/lib/esm/index.js
var init_esm = __esmMin((() => {
	init_adapter();
	init_types();
	init_wallet();
}));
// node_modules/@meshconnect/uwc-bridge-parent/dist/BaseWalletAdapter.js
var BaseWalletName, BaseWalletAdapter;
var init_BaseWalletAdapter = __esmMin((() => {
	init_esm$6();
	init_index_browser_esm();
	BaseWalletName = "Base Wallet";
	BaseWalletAdapter = class extends BaseMessageSignerWalletAdapter {
		name = BaseWalletName;
		url = "https://chrome.google.com/webstore/detail/coinbase-wallet-extension/hnfanknocfeofbddgcijnmhnfnkdnaad";
		icon = "data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMTAyNCIgaGVpZ2h0PSIxMDI0IiB2aWV3Qm94PSIwIDAgMTAyNCAxMDI0IiBmaWxsPSJub25lIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPgo8Y2lyY2xlIGN4PSI1MTIiIGN5PSI1MTIiIHI9IjUxMiIgZmlsbD0iIzAwNTJGRiIvPgo8cGF0aCBmaWxsLXJ1bGU9ImV2ZW5vZGQiIGNsaXAtcnVsZT0iZXZlbm9kZCIgZD0iTTE1MiA1MTJDMTUyIDcxMC44MjMgMzEzLjE3NyA4NzIgNTEyIDg3MkM3MTAuODIzIDg3MiA4NzIgNzEwLjgyMyA4NzIgNTEyQzg3MiAzMTMuMTc3IDcxMC44MjMgMTUyIDUxMiAxNTJDMzEzLjE3NyAxNTIgMTUyIDMxMy4xNzcgMTUyIDUxMlpNNDIwIDM5NkM0MDYuNzQ1IDM5NiAzOTYgNDA2Ljc0NSAzOTYgNDIwVjYwNEMzOTYgNjE3LjI1NSA0MDYuNzQ1IDYyOCA0MjAgNjI4SDYwNEM2MTcuMjU1IDYyOCA2MjggNjE3LjI1NSA2MjggNjA0VjQyMEM2MjggNDA2Ljc0NSA2MTcuMjU1IDM5NiA2MDQgMzk2SDQyMFoiIGZpbGw9IndoaXRlIi8+Cjwvc3ZnPgo=";
		supportedTransactionVersions = /* @__PURE__ */ new Set(["legacy", 0]);
		_connecting;
		_wallet;
		_publicKey;
		_readyState = typeof window === "undefined" || typeof document === "undefined" ? WalletReadyState.Unsupported : WalletReadyState.NotDetected;
		constructor() {
			super();
			this._connecting = false;
			this._wallet = null;
			this._publicKey = null;
			if (this._readyState !== WalletReadyState.Unsupported) scopePollingDetectionStrategy(() => {
				if (window?.coinbaseSolana) {
					this._readyState = WalletReadyState.Installed;
					this.emit("readyStateChange", this._readyState);
					return true;
				}
				return false;
			});
		}
		get publicKey() {
			return this._publicKey;
		}
		get connecting() {
			return this._connecting;
		}
		get readyState() {
			return this._readyState;
		}
		async connect() {
			try {
				if (this.connected || this.connecting) return;
				if (this._readyState !== WalletReadyState.Installed) throw new WalletNotReadyError();
				this._connecting = true;
				const wallet = window.coinbaseSolana;
				try {
					await wallet.connect();
				} catch (error) {
					throw new WalletConnectionError(error?.message, error);
				}
				if (!wallet.publicKey) throw new WalletAccountError();
				let publicKey;
				try {
					publicKey = new PublicKey(wallet.publicKey.toBytes());
				} catch (error) {
					throw new WalletPublicKeyError(error?.message, error);
				}
				wallet.on("disconnect", this._disconnected);
				this._wallet = wallet;
				this._publicKey = publicKey;
				this.emit("connect", publicKey);
			} catch (error) {
				this.emit("error", error);
				throw error;
			} finally {
				this._connecting = false;
			}
		}
		async disconnect() {
			const wallet = this._wallet;
			if (wallet) {
				wallet.off("disconnect", this._disconnected);
				this._wallet = null;
				this._publicKey = null;
				try {
					await wallet.disconnect();
				} catch (error) {
					this.emit("error", new WalletDisconnectionError(error?.message, error));
				}
			}
			this.emit("disconnect");
		}
		async sendTransaction(transaction, connection, options = {}) {
			try {
				const wallet = this._wallet;
				if (!wallet) throw new WalletNotConnectedError();
				try {
					const { signers, ...sendOptions } = options;
					if (isVersionedTransaction(transaction)) {
						if (signers?.length) transaction.sign(signers);
					} else {
						if (!transaction.recentBlockhash) transaction = await this.prepareTransaction(transaction, connection, sendOptions);
						if (signers?.length) transaction.partialSign(...signers);
					}
					if (!sendOptions.preflightCommitment && connection.commitment) sendOptions.preflightCommitment = connection.commitment;
					const { signature } = await wallet.signAndSendTransaction(transaction, sendOptions);
					return signature;
				} catch (error) {
					if (error instanceof WalletError) throw error;
					throw new WalletSendTransactionError(error?.message, error);
				}
			} catch (error) {
				this.emit("error", error);
				throw error;
			}
		}
		async signTransaction(transaction) {
			try {
				const wallet = this._wallet;
				if (!wallet) throw new WalletNotConnectedError();
				try {
					return await wallet.signTransaction(transaction) || transaction;
				} catch (error) {
					throw new WalletSignTransactionError(error?.message, error);
				}
			} catch (error) {
				this.emit("error", error);
				throw error;
			}
		}
		async signAllTransactions(transactions) {
			try {
				const wallet = this._wallet;
				if (!wallet) throw new WalletNotConnectedError();
				try {
					return await wallet.signAllTransactions(transactions) || transactions;
				} catch (error) {
					throw new WalletSignTransactionError(error?.message, error);
				}
			} catch (error) {
				this.emit("error", error);
				throw error;
			}
		}
		async signMessage(message) {
			try {
				const wallet = this._wallet;
				if (!wallet) throw new WalletNotConnectedError();
				try {
					const { signature } = await wallet.signMessage(message);
					return signature;
				} catch (error) {
					throw new WalletSignMessageError(error?.message, error);
				}
			} catch (error) {
				this.emit("error", error);
				throw error;
			}
		}
		_disconnected = () => {
			const wallet = this._wallet;
			if (wallet) {
				wallet.off("disconnect", this._disconnected);
				this._wallet = null;
				this._publicKey = null;
				this.emit("error", new WalletDisconnectedError());
				this.emit("disconnect");
			}
		};
	};
}));
// node_modules/@meshconnect/uwc-bridge-parent/dist/signSolanaBytes.js
/**
* Sign raw Solana tx bytes → raw signed bytes. Sign-only (the relay broadcasts).
* Prefers the Wallet Standard feature (no Transaction object → avoids the
* serialize() crash on some mobile WebViews); falls back to the adapter signer
* for legacy wallets. `connectedAddress` (from the iframe child) wins over the
* adapter publicKey, which can drift. The caller verifies the message wasn't
* altered (see InjectedConnector Path 1).
*/
async function signSolanaBytes(adapter, serializedTx, connectedAddress) {
	const wallet = adapter.wallet;
	if (wallet && SOLANA_SIGN_FEATURE in wallet.features && wallet.accounts.length > 0) {
		const account = resolveSigningAccount(wallet.accounts, connectedAddress ?? adapter.publicKey?.toBase58());
		const [output] = await wallet.features[SOLANA_SIGN_FEATURE].signTransaction({
			account,
			transaction: serializedTx
		});
		if (!output?.signedTransaction) throw new Error("Wallet returned no signed transaction");
		return output.signedTransaction;
	}
	if (adapter.signTransaction === void 0) throw new Error("Adapter does not support signTransaction");
	const tx = deserialize(serializedTx);
	const signed = await adapter.signTransaction(tx);
	return signed instanceof VersionedTransaction ? signed.serialize() : new Uint8Array(signed.serialize({
		requireAllSignatures: false,
		verifySignatures: false
	}));
}
/**
* Pick which account signs. We must sign with the account the user connected —
* never guess. A wrong signer produces a useless signature for a payment, so we
* throw instead of silently falling back to the first account.
*/
function resolveSigningAccount(accounts, connectedAddress) {
	if (connectedAddress) {
		const match = accounts.find((a) => a.address === connectedAddress);
		if (!match) throw new Error("Connected Solana account not found in the wallet — refusing to sign with a different account");
		return match;
	}
	if (accounts.length === 1) return accounts[0];
	throw new Error("Cannot determine which Solana account to sign with — multiple accounts and none selected");
}
function deserialize(bytes) {
	try {
		return VersionedTransaction.deserialize(bytes);
	} catch {
		try {
			return Transaction.from(bytes);
		} catch {
			throw new Error("Failed to deserialize transaction as either versioned or legacy format");
		}
	}
}
var SOLANA_SIGN_FEATURE;
var init_signSolanaBytes = __esmMin((() => {
	init_index_browser_esm();
	SOLANA_SIGN_FEATURE = "solana:signTransaction";
}));
// node_modules/@meshconnect/uwc-bridge-parent/dist/BridgeParent.js
function wrapWithSourceGuard(listener, expectedSource) {
	return (event) => {
		if (event.source !== expectedSource) return;
		if (typeof listener === "function") listener.call(event.currentTarget, event);
		else listener.handleEvent(event);
	};
}
/**
* Reshape a wallet-native bip122 account into plain data before it crosses
* Comlink.
*
* REQUIRED, not cosmetic. Comlink marshals by structured clone, which copies
* only OWN ENUMERABLE properties — and MetaMask's account is a class instance
* whose `address`/`publicKey` are accessors on the prototype chain
* (`Object.getOwnPropertyNames(account)` is `[]`). Passing one through
* unchanged therefore delivers `{}` to the child, and the first
* `bytesToHex(account.publicKey)` throws "bytes is not iterable" — which made
* every framed bip122 connect fail before reaching the wallet.
*/
function toBip122WireAccount(account) {
	const a = account;
	return {
		address: a.address,
		publicKey: Array.from(a.publicKey ?? []),
		...a.purpose ? { purpose: a.purpose } : {}
	};
}
var BridgeParent;
var init_BridgeParent = __esmMin((() => {
	init_comlink();
	init_esm$9();
	init_esm$6();
	init_index_browser_esm();
	init_esm();
	init_BaseWalletAdapter();
	init_signSolanaBytes();
	BridgeParent = class {
		iframe;
		parentAPI = null;
		endpoint = null;
		exposeListeners = [];
		destroyed = false;
		eip6963DiscoveryPromise = null;
		constructor(iframe) {
			if (!iframe) throw new Error("BridgeParent requires an iframe element");
			this.iframe = iframe;
			this.initializeConnection();
		}
		async initializeConnection() {
			if (!this.iframe || !this.iframe.contentWindow) return;
			const eip6963Promise = this.discovereip6963Wallets();
			this.eip6963DiscoveryPromise = eip6963Promise;
			const walletStandardWallets = this.getSolanaWallets();
			const bip122Wallets = this.getBitcoinWallets();
			this.parentAPI = {
				eip6963Wallets: [],
				eip6963WalletsReady: false,
				walletStandardWallets,
				walletStandardWalletsReady: true,
				bip122Wallets,
				bip122WalletsReady: true,
				tronWallets: [],
				tronWalletsReady: false,
				tonWallets: [],
				tonWalletsReady: false,
				parentOrigin: window.location.origin,
				discoverTronWallets: (injectedIds) => {
					if (this.parentAPI) {
						this.parentAPI.tronWallets = this.getTronWallets(injectedIds);
						this.parentAPI.tronWalletsReady = true;
					}
				},
				discoverTonWallets: (jsBridgeKeys) => {
					if (this.parentAPI) {
						this.parentAPI.tonWallets = this.getTonWallets(jsBridgeKeys);
						this.parentAPI.tonWalletsReady = true;
					}
				},
				subscribeEip6963ProviderEvent: async (uuid, eventName, callback, rdns) => {
					await this.eip6963DiscoveryPromise;
					const wallets = this.parentAPI?.eip6963Wallets ?? [];
					const wallet = wallets.find((w) => w.uuid === uuid) ?? (rdns ? wallets.find((w) => w.rdns === rdns) : void 0);
					if (!wallet) throw new Error(`subscribeEip6963ProviderEvent: no wallet found for uuid "${uuid}"`);
					const provider = wallet.provider;
					if (!provider || typeof provider.on !== "function") return void 0;
					const localListener = (payload) => callback(payload);
					provider.on(eventName, localListener);
					return proxy(() => {
						provider.removeListener?.(eventName, localListener);
					});
				},
				subscribeTronProviderEvent: (injectedId, eventName, callback) => {
					const provider = this.resolveTronProviderByPath(injectedId);
					if (!provider) throw new Error(`subscribeTronProviderEvent: no provider found at injectedId "${injectedId}"`);
					const emitter = typeof provider.on === "function" ? provider : this.resolveTronEventEmitter(injectedId, provider);
					if (emitter) {
						const localListener = (payload) => callback(payload);
						emitter.on(eventName, localListener);
						return proxy(() => {
							emitter.removeListener?.(eventName, localListener);
						});
					}
					return proxy(this.subscribeTronWindowMessage(eventName, callback));
				},
				subscribeSolanaWalletEvent: (walletId, callback) => {
					const adapter = this.resolveSolanaAdapterForWalletEvent(walletId);
					if (!adapter) throw new Error(`subscribeSolanaWalletEvent: no wallet found for walletId "${walletId}"`);
					const standardWallet = adapter.wallet;
					const standardEvents = standardWallet?.features?.["standard:events"];
					if (standardWallet && typeof standardEvents?.on === "function") {
						const forwardActiveAccount = () => {
							callback(standardWallet.accounts?.[0]?.address ?? null);
						};
						const off = standardEvents.on("change", (properties) => {
							if (properties && "accounts" in properties) forwardActiveAccount();
						});
						return proxy(() => {
							try {
								off?.();
							} catch {}
						});
					}
					if (typeof adapter.on !== "function") return void 0;
					const onConnect = (publicKey) => {
						callback(publicKey?.toBase58?.() ?? null);
					};
					const onDisconnect = () => callback(null);
					adapter.on("connect", onConnect);
					adapter.on("disconnect", onDisconnect);
					return proxy(() => {
						adapter.off("connect", onConnect);
						adapter.off("disconnect", onDisconnect);
					});
				},
				subscribeBip122WalletEvent: (walletId, callback) => {
					const wallet = this.resolveBip122WalletForEvent(walletId);
					if (!wallet) throw new Error(`subscribeBip122WalletEvent: no wallet found for walletId "${walletId}"`);
					const standardWallet = wallet;
					const features = standardWallet.features;
					const standardEvents = typeof features?.["standard:events"]?.on === "function" ? features["standard:events"] : features?.["bitcoin:events"];
					if (typeof standardEvents?.on !== "function") return void 0;
					const forwardActiveAccount = () => {
						callback(standardWallet.accounts?.[0]?.address ?? null);
					};
					const off = standardEvents.on("change", (properties) => {
						if (properties && "accounts" in properties) forwardActiveAccount();
					});
					return proxy(() => {
						try {
							off?.();
						} catch {}
					});
				}
			};
			const iframeOrigin = new URL(this.iframe.src, window.location.href).origin;
			const endpoint = windowEndpoint(this.iframe.contentWindow, window, iframeOrigin);
			if (this.destroyed) return;
			this.endpoint = endpoint;
			const expectedSource = this.iframe.contentWindow;
			const guardedByOriginal = /* @__PURE__ */ new WeakMap();
			const originalAddEventListener = endpoint.addEventListener.bind(endpoint);
			const originalRemoveEventListener = endpoint.removeEventListener.bind(endpoint);
			endpoint.addEventListener = (type, listener, options) => {
				if (type === "message") {
					const guardedListener = wrapWithSourceGuard(listener, expectedSource);
					guardedByOriginal.set(listener, guardedListener);
					this.exposeListeners.push({
						listener: guardedListener,
						options
					});
					originalAddEventListener(type, guardedListener, options);
					return;
				}
				originalAddEventListener(type, listener, options);
			};
			endpoint.removeEventListener = (type, listener, options) => {
				const target = type === "message" ? guardedByOriginal.get(listener) ?? listener : listener;
				originalRemoveEventListener(type, target, options);
			};
			expose(this.parentAPI, endpoint, [iframeOrigin]);
			eip6963Promise.then((eip6963Wallets) => {
				if (!this.parentAPI) return;
				this.parentAPI.eip6963Wallets = eip6963Wallets;
				this.parentAPI.eip6963WalletsReady = true;
			});
		}
		async discovereip6963Wallets() {
			return new Promise((resolve) => {
				const detectedWallets = [];
				const timeout = 300;
				const handleAnnouncement = (event) => {
					const { info, provider } = event.detail;
					if (detectedWallets.findIndex((w) => w.uuid === info.uuid) === -1) detectedWallets.push({
						uuid: info.uuid,
						name: info.name,
						icon: info.icon,
						rdns: info.rdns,
						provider
					});
				};
				window.addEventListener("eip6963:announceProvider", handleAnnouncement);
				window.dispatchEvent(new Event("eip6963:requestProvider"));
				setTimeout(() => {
					window.removeEventListener("eip6963:announceProvider", handleAnnouncement);
					resolve(detectedWallets);
				}, timeout);
			});
		}
		getSolanaWallets() {
			const { get } = getWallets();
			const wallets = get();
			const solanaWallets = [];
			const walletNames = /* @__PURE__ */ new Set();
			for (const wallet of wallets) if (this.isSolanaWallet(wallet)) {
				let adapter;
				if (isWalletAdapterCompatibleStandardWallet(wallet)) adapter = new StandardWalletAdapter({ wallet });
				solanaWallets.push({
					uuid: this.generateWalletId(wallet),
					name: wallet.name,
					chains: wallet.chains || [],
					features: Object.keys(wallet.features),
					adapter: adapter ? {
						name: adapter.name,
						url: adapter.url,
						icon: adapter.icon,
						readyState: adapter.readyState,
						publicKey: proxy({
							get value() {
								return adapter.publicKey;
							},
							toBase58: async () => {
								return adapter.publicKey?.toBase58();
							},
							toJSON: async () => {
								return adapter.publicKey?.toJSON();
							},
							toBytes: async () => {
								return adapter.publicKey?.toBytes();
							},
							toBuffer: async () => {
								return adapter.publicKey?.toBuffer();
							},
							toString: async () => {
								return adapter.publicKey?.toString();
							}
						}),
						connecting: adapter.connecting,
						connected: adapter.connected,
						supportedTransactionVersions: adapter.supportedTransactionVersions,
						wallet: adapter.wallet,
						standard: adapter.standard,
						destroy: async () => await adapter.destroy(),
						autoConnect: async () => await adapter.autoConnect(),
						connect: async () => await adapter.connect(),
						disconnect: async () => await adapter.disconnect(),
						sendTransaction: async (transaction, connection, options) => await adapter.sendTransaction(transaction, connection, options),
						signTransaction: async (transaction) => {
							return adapter.signTransaction !== void 0 ? await adapter.signTransaction(transaction) : /* @__PURE__ */ new Error("Adapter does not support signTransaction");
						},
						signAllTransactions: async (transactions) => {
							return adapter.signAllTransactions !== void 0 ? await adapter.signAllTransactions(transactions) : /* @__PURE__ */ new Error("Adapter does not support signAllTransactions");
						},
						signMessage: async (message) => {
							return adapter.signMessage !== void 0 ? await adapter.signMessage(message) : /* @__PURE__ */ new Error("Adapter does not support signMessage");
						},
						signIn: async (input) => {
							return adapter.signIn !== void 0 ? await adapter.signIn(input) : /* @__PURE__ */ new Error("Adapter does not support signIn");
						},
						customFunctions: [
							"sendSerializedTransaction",
							"signAllSerializedTransactions",
							"signSerializedTransaction",
							"signSolanaTransactionBytes"
						],
						signSolanaTransactionBytes: async (transaction, connectedAddress) => {
							return signSolanaBytes(adapter, new Uint8Array(transaction), connectedAddress);
						},
						sendSerializedTransaction: async (transaction, rpcUrl) => {
							const connection = new Connection(rpcUrl);
							const uint8Array = new Uint8Array(transaction);
							let deserializedTx;
							try {
								deserializedTx = VersionedTransaction.deserialize(uint8Array);
							} catch {
								try {
									deserializedTx = Transaction.from(uint8Array);
								} catch {
									throw new Error("Failed to deserialize transaction as either versioned or legacy format");
								}
							}
							return await adapter.sendTransaction(deserializedTx, connection);
						},
						signSerializedTransaction: async (transaction) => {
							if (adapter.signTransaction === void 0) return /* @__PURE__ */ new Error("Adapter does not support signTransaction");
							const uint8Array = new Uint8Array(transaction);
							let deserializedTx;
							try {
								deserializedTx = VersionedTransaction.deserialize(uint8Array);
							} catch {
								try {
									deserializedTx = Transaction.from(uint8Array);
								} catch {
									return /* @__PURE__ */ new Error("Failed to deserialize transaction as either versioned or legacy format");
								}
							}
							return await adapter.signTransaction(deserializedTx);
						},
						signAllSerializedTransactions: async (transactions) => {
							if (adapter.signAllTransactions === void 0) return /* @__PURE__ */ new Error("Adapter does not support signAllTransactions");
							const deserializedTransactions = [];
							for (const transaction of transactions) {
								const uint8Array = new Uint8Array(transaction);
								let deserializedTx;
								try {
									deserializedTx = VersionedTransaction.deserialize(uint8Array);
								} catch {
									try {
										deserializedTx = Transaction.from(uint8Array);
									} catch {
										return /* @__PURE__ */ new Error("Failed to deserialize one or more transactions");
									}
								}
								deserializedTransactions.push(deserializedTx);
							}
							return await adapter.signAllTransactions(deserializedTransactions);
						}
					} : void 0
				});
				walletNames.add(wallet.name);
			}
			try {
				const baseAdapter = new BaseWalletAdapter();
				if ((baseAdapter.readyState === WalletReadyState.Installed || baseAdapter.readyState === WalletReadyState.Loadable) && !walletNames.has(baseAdapter.name)) {
					solanaWallets.push({
						uuid: `${baseAdapter.name}-traditional`.toLowerCase().replace(/\s+/g, "-"),
						name: baseAdapter.name,
						chains: ["solana:mainnet"],
						features: ["traditional-adapter"],
						adapter: {
							name: baseAdapter.name,
							url: baseAdapter.url,
							icon: baseAdapter.icon,
							readyState: baseAdapter.readyState,
							publicKey: proxy({
								get value() {
									return baseAdapter.publicKey;
								},
								toBase58: async () => {
									return baseAdapter.publicKey?.toBase58();
								},
								toJSON: async () => {
									return baseAdapter.publicKey?.toJSON();
								},
								toBytes: async () => {
									return baseAdapter.publicKey?.toBytes();
								},
								toBuffer: async () => {
									return baseAdapter.publicKey?.toBuffer();
								},
								toString: async () => {
									return baseAdapter.publicKey?.toString();
								}
							}),
							connecting: baseAdapter.connecting,
							connected: baseAdapter.connected,
							supportedTransactionVersions: baseAdapter.supportedTransactionVersions,
							connect: async () => await baseAdapter.connect(),
							disconnect: async () => await baseAdapter.disconnect(),
							sendTransaction: async (transaction, connection, options) => {
								try {
									return await baseAdapter.sendTransaction(transaction, connection, options);
								} catch {
									throw new Error("Failed to send transaction");
								}
							},
							signTransaction: async (transaction) => {
								return await baseAdapter.signTransaction(transaction);
							},
							signAllTransactions: async (transactions) => {
								return await baseAdapter.signAllTransactions(transactions);
							},
							signMessage: async (message) => {
								return await baseAdapter.signMessage(message);
							},
							customFunctions: [
								"sendSerializedTransaction",
								"signAllSerializedTransactions",
								"signSerializedTransaction",
								"signSolanaTransactionBytes"
							],
							signSolanaTransactionBytes: async (transaction, connectedAddress) => {
								return signSolanaBytes(baseAdapter, new Uint8Array(transaction), connectedAddress);
							},
							sendSerializedTransaction: async (transaction, rpcUrl) => {
								const connection = new Connection(rpcUrl);
								const uint8Array = new Uint8Array(transaction);
								let deserializedTx;
								try {
									deserializedTx = VersionedTransaction.deserialize(uint8Array);
								} catch {
									try {
										deserializedTx = Transaction.from(uint8Array);
									} catch {
										throw new Error("Failed to deserialize transaction as either versioned or legacy format");
									}
								}
								try {
									return await baseAdapter.sendTransaction(deserializedTx, connection);
								} catch {
									throw new Error("Failed to send serialized transaction");
								}
							},
							signSerializedTransaction: async (transaction) => {
								const uint8Array = new Uint8Array(transaction);
								let deserializedTx;
								try {
									deserializedTx = VersionedTransaction.deserialize(uint8Array);
								} catch {
									try {
										deserializedTx = Transaction.from(uint8Array);
									} catch {
										throw new Error("Failed to deserialize transaction as either versioned or legacy format");
									}
								}
								return await baseAdapter.signTransaction(deserializedTx);
							},
							signAllSerializedTransactions: async (transactions) => {
								const deserializedTransactions = [];
								for (const transaction of transactions) {
									const uint8Array = new Uint8Array(transaction);
									let deserializedTx;
									try {
										deserializedTx = VersionedTransaction.deserialize(uint8Array);
									} catch {
										try {
											deserializedTx = Transaction.from(uint8Array);
										} catch {
											throw new Error("Failed to deserialize one or more transactions");
										}
									}
									deserializedTransactions.push(deserializedTx);
								}
								return await baseAdapter.signAllTransactions(deserializedTransactions);
							}
						}
					});
					walletNames.add(baseAdapter.name);
				}
			} catch {}
			return solanaWallets;
		}
		isSolanaWallet(wallet) {
			return (wallet.chains || []).some((chain) => chain.startsWith("solana:"));
		}
		isBitcoinWallet(wallet) {
			return (wallet.chains || []).some((chain) => chain.startsWith("bitcoin:"));
		}
		/**
		* Wallet Standard `bitcoin:*` discovery — the Bitcoin peer of
		* `getSolanaWallets`. Reshapes each matching registry wallet into plain
		* data (`accounts`) plus individually Comlink-proxied feature methods
		* (`bitcoin:connect`/`signMessage`/`signTransaction`), each left `undefined`
		* when the real wallet doesn't declare it — so `WalletStandardBitcoinAdapter`'s
		* own presence checks (`if (!feature) throw ...`) still work once marshaled
		* across the bridge.
		*/
		getBitcoinWallets() {
			const { get } = getWallets();
			const wallets = get();
			const bitcoinWallets = [];
			for (const wallet of wallets) {
				if (!this.isBitcoinWallet(wallet)) continue;
				const features = wallet.features;
				const connectFeature = features["bitcoin:connect"];
				const disconnectFeature = features["bitcoin:disconnect"];
				const signMessageFeature = features["bitcoin:signMessage"];
				const signTransactionFeature = features["bitcoin:signTransaction"];
				bitcoinWallets.push({
					uuid: this.generateBip122WalletId(wallet),
					name: wallet.name,
					features: Object.keys(wallet.features),
					wallet: {
						name: wallet.name,
						accounts: (wallet.accounts ?? []).map(toBip122WireAccount),
						features: {
							"bitcoin:connect": connectFeature ? proxy({ connect: async (input) => {
								return { accounts: ((await connectFeature.connect(input))?.accounts ?? []).map(toBip122WireAccount) };
							} }) : void 0,
							"bitcoin:disconnect": disconnectFeature ? proxy({ disconnect: async () => await disconnectFeature.disconnect() }) : void 0,
							"bitcoin:signMessage": signMessageFeature ? proxy({ signMessage: async (input) => await signMessageFeature.signMessage(input) }) : void 0,
							"bitcoin:signTransaction": signTransactionFeature ? proxy({ signTransaction: async (input) => await signTransactionFeature.signTransaction(input) }) : void 0
						}
					}
				});
			}
			return bitcoinWallets;
		}
		generateWalletId(wallet) {
			const chain = wallet.chains?.[0] || "unknown";
			return `${wallet.name}-${chain}`.toLowerCase().replace(/\s+/g, "-");
		}
		/**
		* Bitcoin peer of `generateWalletId`, kept separate rather than shared: it
		* keys on the wallet's first `bitcoin:` chain, not `chains[0]` — MetaMask's
		* bitcoin:* wallet is multi-chain (eip155 chains registered first), so
		* `chains[0]` would key this id off an unrelated namespace. Mirrors the
		* same fix already applied to the local (unframed) discovery path in
		* wallet-standard-discovery.ts. Used by both `getBitcoinWallets()` and
		* `resolveBip122WalletForEvent()` so they agree on the same id.
		*/
		generateBip122WalletId(wallet) {
			const bitcoinChain = wallet.chains?.find((chain) => chain.startsWith("bitcoin:")) || wallet.chains?.[0] || "unknown";
			return `${wallet.name}-${bitcoinChain}`.toLowerCase().replace(/\s+/g, "-");
		}
		/**
		* Resolve the REAL registry wallet for `walletId` (the same id
		* `getBitcoinWallets()` publishes as `Bip122WalletInfo.uuid`) so
		* `subscribeBip122WalletEvent` can attach a live listener. Unlike Solana,
		* Bitcoin has no adapter class to construct — `getBitcoinWallets()` already
		* reshapes the raw registry `Wallet` directly, so this returns that same
		* raw `Wallet`, which still carries `standard:events` (the reshaped
		* `Bip122WireWallet` sent across the bridge does not).
		*/
		resolveBip122WalletForEvent(walletId) {
			const { get } = getWallets();
			const wallets = get();
			for (const wallet of wallets) {
				if (!this.isBitcoinWallet(wallet)) continue;
				if (this.generateBip122WalletId(wallet) !== walletId) continue;
				return wallet;
			}
		}
		/**
		* Checks if a value looks like a Tron provider (has request and tronWeb)
		*/
		isTronProvider(value) {
			if (!value || typeof value !== "object") return false;
			const provider = value;
			return provider["tronWeb"] != null && "request" in provider;
		}
		/**
		* Resolve the REAL (non-serialized) Solana adapter for `walletId` — the
		* same id `getSolanaWallets()` publishes as `WalletStandardInfo.uuid` (see
		* `generateWalletId`). Mirrors `getSolanaWallets()`'s wallet-standard +
		* traditional-Base-Wallet resolution, but returns the adapter instance
		* itself instead of the Comlink-serialized object literal, since only the
		* real instance has `.on`/`.off` to subscribe to.
		*/
		resolveSolanaAdapterForWalletEvent(walletId) {
			const { get } = getWallets();
			const wallets = get();
			for (const wallet of wallets) {
				if (!this.isSolanaWallet(wallet)) continue;
				if (this.generateWalletId(wallet) !== walletId) continue;
				if (!isWalletAdapterCompatibleStandardWallet(wallet)) return void 0;
				return new StandardWalletAdapter({ wallet });
			}
			try {
				const baseAdapter = new BaseWalletAdapter();
				const baseWalletId = `${baseAdapter.name}-traditional`.toLowerCase().replace(/\s+/g, "-");
				const isDetected = baseAdapter.readyState === WalletReadyState.Installed || baseAdapter.readyState === WalletReadyState.Loadable;
				if (baseWalletId === walletId && isDetected) return baseAdapter;
			} catch {}
		}
		/** Resolve a nested window path (e.g. 'tokenpocket.tron' -> window.tokenpocket.tron). */
		resolveTronProviderByPath(injectedId) {
			return injectedId.split(".").reduce((acc, part) => acc?.[part], window);
		}
		/**
		* TronLink's account/disconnect events fire on its TIP-1193 provider
		* (`window.tron`), NOT on the `window.tronLink` object the catalog
		* `injectedId` resolves to (that one carries `request`+`tronWeb` but is not
		* an event emitter). Returns TronLink's `window.tron` emitter, but ONLY when
		* the subscription is for TronLink itself.
		*
		* `window.tron` belongs exclusively to TronLink. Other Tron wallets whose own
		* provider happens to lack `.on` (confirmed for OKX's `okxwallet.tronLink`,
		* which is not an event emitter and broadcasts account switches on the window
		* `message` channel instead) MUST NOT inherit it — binding OKX's
		* `accountsChanged` on TronLink's `window.tron` means OKX's switches fire on
		* the wrong wallet's provider and are silently dropped. Gated on the
		* subscription's identity so only the TronLink path uses this fallback; every
		* other wallet falls through to `subscribeTronWindowMessage`.
		*/
		resolveTronEventEmitter(injectedId, provider) {
			if (typeof window === "undefined") return void 0;
			const win = window;
			const tip1193 = win.tron;
			if (!tip1193 || typeof tip1193.on !== "function" || !this.isTronProvider(tip1193)) return;
			if (provider === tip1193 || provider === win.tronLink || injectedId === "tron" || injectedId === "tronLink") return tip1193;
		}
		/**
		* Last-resort account/disconnect subscription for TronLink builds that expose
		* neither an EIP-1193 nor a TIP-1193 `.on`: the wallet broadcasts changes as
		* `window` `message` events (`{ message: { action, data } }`). Maps the
		* TronLink `action` to the requested UWC event and forwards a
		* Comlink-cloneable payload (never the raw event). Returns a teardown.
		*
		* `message` is window-global (not wallet-scoped), so this is only reached
		* when no `.on` emitter exists anywhere for this session.
		*/
		subscribeTronWindowMessage(eventName, callback) {
			const handler = (event) => {
				if (event.source !== window || event.origin !== window.location.origin) return;
				const message = event?.data?.message;
				const action = message?.action;
				if (typeof action !== "string") return;
				if (eventName === "accountsChanged" && (action === "setAccount" || action === "accountsChanged")) {
					const data = message?.data;
					const address = typeof data === "string" ? data : Array.isArray(data) ? data[0] : data?.address;
					callback(address ? [address] : []);
				} else if (eventName === "disconnect" && action === "disconnect") callback();
			};
			window.addEventListener("message", handler);
			return () => window.removeEventListener("message", handler);
		}
		getTronWallets(injectedIds) {
			if (typeof window === "undefined" || injectedIds.length === 0) return [];
			const wallets = [];
			const seen = /* @__PURE__ */ new Set();
			for (const injectedId of injectedIds) {
				const provider = this.resolveTronProviderByPath(injectedId);
				if (this.isTronProvider(provider) && !seen.has(injectedId)) {
					seen.add(injectedId);
					const name = injectedId.split(".")[0] || injectedId;
					const uuid = `tron-${injectedId}`.toLowerCase().replace(/\./g, "-");
					const actualProvider = provider;
					const proxiedProvider = proxy({
						ready: actualProvider.ready ?? false,
						request: actualProvider.request ? async (params) => await actualProvider.request(params) : void 0,
						tronWeb: proxy({
							getDefaultAddress: async () => ({
								base58: actualProvider.tronWeb.defaultAddress?.base58 || false,
								hex: actualProvider.tronWeb.defaultAddress?.hex || false
							}),
							trx: proxy({
								sign: async (transaction) => await actualProvider.tronWeb.trx.sign(transaction),
								signMessageV2: async (message) => await actualProvider.tronWeb.trx.signMessageV2(message),
								sendRawTransaction: async (signedTransaction) => await actualProvider.tronWeb.trx.sendRawTransaction(signedTransaction)
							}),
							transactionBuilder: proxy({
								sendTrx: async (to, amount, from) => await actualProvider.tronWeb.transactionBuilder.sendTrx(to, amount, from),
								triggerSmartContract: async (contractAddress, functionSelector, options, parameter, issuerAddress) => await actualProvider.tronWeb.transactionBuilder.triggerSmartContract(contractAddress, functionSelector, options, parameter, issuerAddress)
							}),
							toHex: (message) => actualProvider.tronWeb.toHex(message)
						})
					});
					wallets.push({
						uuid,
						name,
						injectedId,
						provider: proxiedProvider
					});
				}
			}
			return wallets;
		}
		isTonConnectBridge(value) {
			if (!value || typeof value !== "object") return false;
			const bridge = value;
			return typeof bridge["connect"] === "function" && typeof bridge["send"] === "function" && typeof bridge["listen"] === "function";
		}
		getTonWallets(jsBridgeKeys) {
			if (typeof window === "undefined" || jsBridgeKeys.length === 0) return [];
			const wallets = [];
			const seen = /* @__PURE__ */ new Set();
			for (const key of jsBridgeKeys) {
				if (seen.has(key)) continue;
				const root = window[key];
				if (!root || typeof root !== "object") continue;
				const bridge = root["tonconnect"];
				if (!this.isTonConnectBridge(bridge)) continue;
				seen.add(key);
				const actualBridge = bridge;
				wallets.push({
					uuid: `ton-${key}`.toLowerCase(),
					name: actualBridge.deviceInfo?.appName || key,
					icon: "",
					jsBridgeKey: key,
					provider: proxy({
						deviceInfo: actualBridge.deviceInfo,
						walletInfo: actualBridge.walletInfo,
						protocolVersion: actualBridge.protocolVersion ?? 2,
						isWalletBrowser: actualBridge.isWalletBrowser ?? false,
						connect: async (protocolVersion, message) => await actualBridge.connect(protocolVersion, message),
						restoreConnection: async () => await actualBridge.restoreConnection(),
						send: async (message) => await actualBridge.send(message),
						listen: (callback) => {
							return proxy(actualBridge.listen(callback));
						},
						disconnect: actualBridge.disconnect ? async () => await actualBridge.disconnect() : void 0
					})
				});
			}
			return wallets;
		}
		destroy() {
			this.destroyed = true;
			if (this.endpoint) for (const { listener, options } of this.exposeListeners) this.endpoint.removeEventListener("message", listener, options);
			this.exposeListeners = [];
			if (this.parentAPI) {
				this.parentAPI.eip6963WalletsReady = false;
				this.parentAPI.walletStandardWalletsReady = false;
				this.parentAPI.bip122WalletsReady = false;
				this.parentAPI.tronWalletsReady = false;
				this.parentAPI.tonWalletsReady = false;
				this.parentAPI.eip6963Wallets = [];
				this.parentAPI.walletStandardWallets = [];
				this.parentAPI.bip122Wallets = [];
				this.parentAPI.tronWallets = [];
				this.parentAPI.tonWallets = [];
				this.parentAPI = null;
			}
			this.endpoint = null;
			this.iframe = null;
		}
	};
}));
// node_modules/@meshconnect/uwc-bridge-parent/dist/index.js
var init_dist = __esmMin((() => {
	init_BridgeParent();
}));
// node_modules/@meshconnect/web-link-sdk/utils/prewarm.js
/**
* Creates a hidden iframe for pre-warming the catalog.
* The iframe loads in the background and will be reused when openLink is called.
*/
function createPrewarmIframe() {
	if (document.getElementById(prewarmContainerId)) return;
	var url = "https://web.meshconnect.com/prewarm";
	var container = document.createElement("div");
	container.id = prewarmContainerId;
	container.style.cssText = "display: none; position: fixed; top: 0; left: 0; width: 0; height: 0; pointer-events: none; visibility: hidden;";
	var iframe = document.createElement("iframe");
	iframe.id = prewarmIframeId;
	iframe.style.cssText = "width: 100%; height: 100%; border: none;";
	iframe.loading = "eager";
	iframe.src = url;
	container.appendChild(iframe);
	document.body.appendChild(container);
}
function removePrewarmIframe() {
	var container = document.getElementById(prewarmContainerId);
	if (container) container.remove();
}
var prewarmContainerId, prewarmIframeId;
var init_prewarm = __esmMin((() => {
	prewarmContainerId = "mesh-link-prewarm-container";
	prewarmIframeId = "mesh-link-prewarm-iframe";
}));
// node_modules/@meshconnect/web-link-sdk/Link.js
function sendMessageToIframe(message) {
	var _a;
	var iframe = iframeElement();
	if (!iframe) {
		console.warn("Mesh SDK: Failed to deliver ".concat(message.type, " message to the iframe - no iframe element found"));
		return;
	}
	if (!linkTokenOrigin) {
		console.warn("Mesh SDK: Failed to deliver ".concat(message.type, " message to the iframe - no link token origin found"));
		return;
	}
	try {
		(_a = iframe.contentWindow) === null || _a === void 0 || _a.postMessage(message, linkTokenOrigin);
	} catch (e) {
		console.error("Mesh SDK: Failed to deliver ".concat(message.type, " message to the iframe"));
		console.error(e);
	}
}
function handleLinkEvent(event) {
	return __awaiter(this, void 0, void 0, function() {
		var payload, payload, payload, payload;
		var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k;
		return __generator(this, function(_l) {
			switch (event.data.type) {
				case "brokerageAccountAccessToken":
					payload = { accessToken: event.data.payload };
					(_a = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onEvent) === null || _a === void 0 || _a.call(currentOptions, {
						type: "integrationConnected",
						payload
					});
					(_b = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onIntegrationConnected) === null || _b === void 0 || _b.call(currentOptions, payload);
					break;
				case "delayedAuthentication":
					payload = { delayedAuth: event.data.payload };
					(_c = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onEvent) === null || _c === void 0 || _c.call(currentOptions, {
						type: "integrationConnected",
						payload
					});
					(_d = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onIntegrationConnected) === null || _d === void 0 || _d.call(currentOptions, payload);
					break;
				case "transferFinished":
					payload = event.data.payload;
					(_e = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onEvent) === null || _e === void 0 || _e.call(currentOptions, {
						type: "transferCompleted",
						payload
					});
					(_f = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onTransferFinished) === null || _f === void 0 || _f.call(currentOptions, payload);
					break;
				case "close":
				case "done":
					payload = (_g = event.data) === null || _g === void 0 ? void 0 : _g.payload;
					(_h = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onExit) === null || _h === void 0 || _h.call(currentOptions, payload === null || payload === void 0 ? void 0 : payload.errorMessage, payload);
					bridgeParent === null || bridgeParent === void 0 || bridgeParent.destroy();
					removePopup();
					break;
				case "loaded":
					sendMessageToIframe({
						type: "meshSDKSpecs",
						payload: __assign({}, sdkSpecs)
					});
					if (currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.accessTokens) sendMessageToIframe({
						type: "frontAccessTokens",
						payload: currentOptions.accessTokens
					});
					(_j = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onEvent) === null || _j === void 0 || _j.call(currentOptions, { type: "pageLoaded" });
					break;
				default: if (isLinkEventTypeKey(event.data.type)) (_k = currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.onEvent) === null || _k === void 0 || _k.call(currentOptions, event.data);
			}
			return [2];
		});
	});
}
function eventsListener(event) {
	return __awaiter(this, void 0, void 0, function() {
		return __generator(this, function(_a) {
			switch (_a.label) {
				case 0:
					if (!(event.origin !== targetOrigin && event.origin !== linkTokenOrigin)) return [3, 1];
					console.warn("Received message from untrusted origin:", event.origin);
					return [3, 3];
				case 1: return [4, handleLinkEvent(event)];
				case 2:
					_a.sent();
					_a.label = 3;
				case 3: return [2];
			}
		});
	});
}
function addLanguage(linkUrl, language) {
	if (language === "system") language = typeof navigator !== "undefined" && navigator.language ? encodeURIComponent(navigator.language) : void 0;
	return appendQueryParam(linkUrl, "lng", language || "en");
}
function addDisplayFiatCurrency(linkUrl, displayFiatCurrency) {
	if (displayFiatCurrency) return appendQueryParam(linkUrl, "fiatCur", displayFiatCurrency);
	return linkUrl;
}
function addTheme(linkUrl, theme) {
	if (theme) return appendQueryParam(linkUrl, "th", theme);
	return linkUrl;
}
function addRenderType(linkUrl, renderType) {
	if (renderType === "embedded") return appendQueryParam(linkUrl, "rt", "embedded");
	return linkUrl;
}
var __assign, __awaiter, __generator, currentOptions, targetOrigin, linkTokenOrigin, currentIframeId, bridgeParent, iframeElement, createLink;
var init_Link = __esmMin((() => {
	init_popup();
	init_event_types();
	init_sdk_specs();
	init_url();
	init_dist();
	init_prewarm();
	__assign = function() {
		__assign = Object.assign || function(t) {
			for (var s, i = 1, n = arguments.length; i < n; i++) {
				s = arguments[i];
				for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
			}
			return t;
		};
		return __assign.apply(this, arguments);
	};
	__awaiter = function(thisArg, _arguments, P, generator) {
		function adopt(value) {
			return value instanceof P ? value : new P(function(resolve) {
				resolve(value);
			});
		}
		return new (P || (P = Promise))(function(resolve, reject) {
			function fulfilled(value) {
				try {
					step(generator.next(value));
				} catch (e) {
					reject(e);
				}
			}
			function rejected(value) {
				try {
					step(generator["throw"](value));
				} catch (e) {
					reject(e);
				}
			}
			function step(result) {
				result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
			}
			step((generator = generator.apply(thisArg, _arguments || [])).next());
		});
	};
	__generator = function(thisArg, body) {
		var _ = {
			label: 0,
			sent: function() {
				if (t[0] & 1) throw t[1];
				return t[1];
			},
			trys: [],
			ops: []
		}, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
		return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
			return this;
		}), g;
		function verb(n) {
			return function(v) {
				return step([n, v]);
			};
		}
		function step(op) {
			if (f) throw new TypeError("Generator is already executing.");
			while (g && (g = 0, op[0] && (_ = 0)), _) try {
				if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
				if (y = 0, t) op = [op[0] & 2, t.value];
				switch (op[0]) {
					case 0:
					case 1:
						t = op;
						break;
					case 4:
						_.label++;
						return {
							value: op[1],
							done: false
						};
					case 5:
						_.label++;
						y = op[1];
						op = [0];
						continue;
					case 7:
						op = _.ops.pop();
						_.trys.pop();
						continue;
					default:
						if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
							_ = 0;
							continue;
						}
						if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
							_.label = op[1];
							break;
						}
						if (op[0] === 6 && _.label < t[1]) {
							_.label = t[1];
							t = op;
							break;
						}
						if (t && _.label < t[2]) {
							_.label = t[2];
							_.ops.push(op);
							break;
						}
						if (t[2]) _.ops.pop();
						_.trys.pop();
						continue;
				}
				op = body.call(thisArg, _);
			} catch (e) {
				op = [6, e];
				y = 0;
			} finally {
				f = t = 0;
			}
			if (op[0] & 5) throw op[1];
			return {
				value: op[0] ? op[1] : void 0,
				done: true
			};
		}
	};
	currentIframeId = iframeId;
	bridgeParent = null;
	iframeElement = function() {
		return document.getElementById(currentIframeId);
	};
	createLink = function(options) {
		var openLink = function(linkToken, customIframeId) {
			var _a, _b, _c;
			removePrewarmIframe();
			if (!linkToken) {
				(_a = options === null || options === void 0 ? void 0 : options.onExit) === null || _a === void 0 || _a.call(options, "Invalid link token!");
				return;
			}
			if ((options === null || options === void 0 ? void 0 : options.renderType) === "embedded" && !customIframeId) {
				var msg = "Mesh SDK: Failed to open link - renderType \"embedded\" requires a customIframeId";
				console.error(msg);
				(_b = options === null || options === void 0 ? void 0 : options.onExit) === null || _b === void 0 || _b.call(options, msg);
				return;
			}
			currentOptions = options;
			var linkUrl = window.atob(linkToken);
			if (!(linkUrl.startsWith("http://") || linkUrl.startsWith("https://"))) {
				(_c = options === null || options === void 0 ? void 0 : options.onExit) === null || _c === void 0 || _c.call(options, "Invalid link token!");
				return;
			}
			linkUrl = addLanguage(linkUrl, currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.language);
			linkUrl = addDisplayFiatCurrency(linkUrl, currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.displayFiatCurrency);
			linkUrl = addTheme(linkUrl, currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.theme);
			linkUrl = addRenderType(linkUrl, currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.renderType);
			linkTokenOrigin = new URL(linkUrl).origin;
			window.removeEventListener("message", eventsListener);
			if (customIframeId) {
				var iframe_1 = document.getElementById(customIframeId);
				if (iframe_1) {
					iframe_1.allow = buildIframeAllowPolicy(linkTokenOrigin);
					iframe_1.src = linkUrl;
					currentIframeId = customIframeId;
				} else console.warn("Mesh SDK: No iframe found with id ".concat(customIframeId));
			} else {
				currentIframeId = iframeId;
				addPopup(linkUrl);
			}
			window.addEventListener("message", eventsListener);
			targetOrigin = window.location.origin;
			var iframe = iframeElement();
			if (iframe) bridgeParent = new BridgeParent(iframe);
		};
		var closeLink = function() {
			var _a;
			bridgeParent === null || bridgeParent === void 0 || bridgeParent.destroy();
			removePopup();
			window.removeEventListener("message", eventsListener);
			(_a = options.onExit) === null || _a === void 0 || _a.call(options);
		};
		var closeLinkRequested = function() {
			if ((currentOptions === null || currentOptions === void 0 ? void 0 : currentOptions.renderType) === "embedded") sendMessageToIframe({ type: "closeRequested" });
			else closeLink();
		};
		return {
			openLink,
			closeLink,
			closeLinkRequested
		};
	};
	if (!window.meshLinkShouldSkipPrewarm) createPrewarmIframe();
}));
__esmMin((() => {
	init_types$2();
	init_event_types();
	init_Link();
}))();
export { createLink, isLinkEventTypeKey };
