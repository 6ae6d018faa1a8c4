(function() {
	// src/main/emulator/link-ui/contract.ts
	/** Page names used in SessionSummary.page and close payloads. */
	var LINK_PAGES = {
		catalog: "catalogPage",
		signIn: "signInPage",
		amount: "transferAmountPage",
		preview: "transferPreviewPage",
		executed: "transferExecutedPage",
		executionError: "transferExecutionErrorPage",
		connected: "integrationConnectedPage",
		/** The Paylink's first page: the amount and a Pay button (no SDK around it). */
		paylink: "paylinkPage",
		home: "homePage",
		oauth: "integrationOAuthPage",
		mfa: "integrationMfaPage",
		accounts: "integrationAccountSelectionPage",
		connectionDeclined: "connectionDeclinedPage",
		asset: "transferAssetPage",
		network: "transferNetworkPage",
		kyc: "transferKycPage",
		noAssets: "transferNoEligibleAssetsPage",
		funding: "transferFundingPage",
		configureError: "transferConfigureErrorPage",
		transferMfa: "transferMfaPage",
		declined: "transferDeclinedPage",
		qr: "linkTransferQrPage",
		wallet: "walletConnectPage",
		verify: "verifyWalletPage",
		verifyDone: "verifyDonePage",
		buy: "buyPage",
		tokenUsed: "linkTokenUsedPage",
		tokenExpired: "linkTokenExpiredPage",
		tokenInvalid: "linkTokenInvalidPage"
	};
	/** Ids of the <script type="application/json"> elements the page's data comes in. */
	var SESSION_DATA_ID = "mesh-session";
	var ERROR_DATA_ID = "mesh-error";
	// src/main/emulator/link-ui/error-page.ts
	function startErrorPage(d) {
		const message = document.getElementById("message");
		if (message) message.textContent = d.errorMessage;
		if (window.parent !== null && window.parent !== window) {
			window.parent.postMessage({ type: "loaded" }, "*");
			window.parent.postMessage({
				type: "close",
				payload: {
					page: d.page,
					errorMessage: d.errorMessage
				}
			}, "*");
		}
	}
	// src/main/emulator/link-ui/dom.ts
	function byId(id) {
		const el = document.getElementById(id);
		if (!el) throw new Error(`The Link page has no #${id}`);
		return el;
	}
	var input = (id) => byId(id);
	function row(dl, k, v) {
		const dt = document.createElement("dt");
		dt.textContent = k;
		const dd = document.createElement("dd");
		dd.textContent = v;
		dl.appendChild(dt);
		dl.appendChild(dd);
	}
	function button(label, onClick, opts = {}) {
		const b = document.createElement("button");
		b.type = "button";
		b.setAttribute("aria-label", label);
		b.textContent = label;
		if (opts.className) b.className = opts.className;
		if (opts.hint) {
			const h = document.createElement("span");
			h.className = "hint";
			h.textContent = opts.hint;
			b.appendChild(h);
		}
		b.addEventListener("click", onClick);
		return b;
	}
	function errorMessage(err) {
		return err instanceof Error ? err.message : String(err);
	}
	/** "$12.50 USD" in the page's language (Mesh shows amountInFiat in US dollars). */
	function formatUsd(n, lng) {
		let f;
		try {
			f = new Intl.NumberFormat(lng, {
				style: "currency",
				currency: "USD",
				currencyDisplay: "narrowSymbol"
			});
		} catch {
			f = new Intl.NumberFormat("en", {
				style: "currency",
				currency: "USD",
				currencyDisplay: "narrowSymbol"
			});
		}
		return `${f.format(n)} USD`;
	}
	// src/main/emulator/link-ui/session-page.ts
	/** Wallets the emulated page "finds" injected into the host page (selfCustody). */
	var INJECTED_WALLETS = [{
		id: "io.metamask",
		name: "MetaMask"
	}, {
		id: "app.phantom",
		name: "Phantom"
	}];
	function startSessionPage(S) {
		const paylink = S.mode === "paylink";
		const embedded = !paylink && window.parent !== null && window.parent !== window;
		const query = new URLSearchParams(window.location.search);
		const lng = query.get("lng") || "en";
		const fiatCur = (query.get("fiatCur") || "USD").toUpperCase();
		let parentOrigin = "*";
		let scenario = S.scenario;
		let page = LINK_PAGES.catalog;
		let exchange = null;
		let wallet = null;
		const known = /* @__PURE__ */ new Set();
		let recognition = null;
		let preview = null;
		let option = S.options[0] ?? null;
		let fundingOption = null;
		/** The last error shown, for "See what happened" and the exit summary. */
		let lastError = null;
		let finished = false;
		let walletsAnnounced = false;
		let started = false;
		function post(type, payload) {
			if (!embedded) return;
			const msg = payload === void 0 ? { type } : {
				type,
				payload
			};
			try {
				window.parent.postMessage(msg, parentOrigin);
			} catch {}
		}
		function show(p) {
			page = p;
			let shown = null;
			for (const section of document.querySelectorAll("section[data-page]")) {
				section.hidden = section.getAttribute("data-page") !== p;
				if (!section.hidden) shown = section;
			}
			for (const d of document.querySelectorAll(".details")) d.hidden = true;
			byId("scenario-bar").hidden = started || p !== LINK_PAGES.catalog && p !== LINK_PAGES.home && p !== LINK_PAGES.verify;
			if (shown && document.hasFocus()) shown.querySelector("input:not([disabled]), button:not([disabled]), select:not([disabled])")?.focus();
		}
		async function api(path, body = {}, keepalive = false) {
			const r = await fetch(`/link/${encodeURIComponent(S.sessionId)}/${path}`, {
				method: "POST",
				headers: { "content-type": "application/json" },
				body: JSON.stringify(body),
				keepalive
			});
			const j = await r.json().catch(() => ({}));
			if (!r.ok) throw new Error(j.error || `HTTP ${r.status}`);
			return j;
		}
		function info(name) {
			return S.exchanges.find((x) => x.name === name) ?? null;
		}
		const integration = () => {
			const x = info(exchange);
			return x ? {
				integrationType: x.brokerType,
				integrationName: x.name
			} : {
				integrationType: "deFiWallet",
				integrationName: wallet ?? "Wallet"
			};
		};
		function setBusy(busy) {
			for (const b of document.querySelectorAll("main button, main select")) b.disabled = busy;
		}
		/** Runs a server step with the page's buttons disabled; null when it failed (the error is shown in `errorEl`). */
		async function step(path, body, errorEl) {
			setBusy(true);
			if (errorEl) byId(errorEl).textContent = "";
			try {
				return await api(path, body);
			} catch (err) {
				if (errorEl) byId(errorEl).textContent = errorMessage(err);
				return err instanceof Error ? err : new Error(String(err));
			} finally {
				setBusy(false);
			}
		}
		function renderPayment(amountInFiat, amount) {
			for (const box of document.querySelectorAll(".payment")) {
				box.textContent = "";
				if (!S.payment) continue;
				const a = document.createElement("div");
				a.className = "amount";
				a.textContent = amountInFiat != null ? formatUsd(amountInFiat, lng) : "Amount chosen by you";
				box.appendChild(a);
				if (fiatCur !== "USD") {
					const note = document.createElement("p");
					note.className = "note";
					note.textContent = `Mesh charges in USD. The amount is shown in USD, not ${fiatCur}: the emulator has no exchange rates.`;
					box.appendChild(note);
				}
				const dl = document.createElement("dl");
				const o = option;
				if (amount != null && o) row(dl, "You send", `${amount} ${o.symbol}`);
				if (o) {
					row(dl, "Asset", o.symbol);
					row(dl, "Network", o.networkName);
					row(dl, "To address", o.address);
					if (o.addressTag) row(dl, "Memo / tag", o.addressTag);
				}
				box.appendChild(dl);
			}
		}
		/** The SDK's SessionSummary for onExit / done. */
		function summary(p, extra) {
			const s = { page: p };
			const x = info(exchange);
			if (x) s.selectedIntegration = {
				id: x.integrationId,
				name: x.name,
				integrationType: x.brokerType,
				integrationName: x.name
			};
			if (preview) s.transfer = {
				previewId: preview.previewId,
				symbol: preview.symbol,
				amount: preview.amount,
				amountInFiat: preview.amountInFiat,
				transactionId: preview.clientTransactionId,
				networkId: preview.networkId
			};
			return extra ? Object.assign(s, extra) : s;
		}
		function finish(type, payload) {
			if (finished) return;
			finished = true;
			post(type, payload);
		}
		function close() {
			if (finished) return;
			api("close", { page }, true).catch(() => {});
			const onErrorPage = [
				LINK_PAGES.connectionDeclined,
				LINK_PAGES.configureError,
				LINK_PAGES.declined,
				LINK_PAGES.noAssets
			].includes(page);
			finish("close", summary(page, onErrorPage && lastError ? { errorMessage: lastError } : void 0));
		}
		function renderScenarios() {
			const sel = byId("scenario");
			sel.textContent = "";
			for (const sc of S.scenarios) {
				const o = document.createElement("option");
				o.value = sc.name;
				o.textContent = sc.label;
				o.selected = sc.name === scenario;
				sel.appendChild(o);
			}
		}
		async function chooseScenario(name) {
			const r = await step("scenario", { scenario: name }, "catalog-error");
			if (r instanceof Error) {
				renderScenarios();
				return;
			}
			scenario = r.scenario;
			startView();
		}
		const usesHome = () => scenario === "detailed" || scenario === "selfCustody";
		function startView() {
			if (scenario === "verifyWallet") {
				showVerify();
				return;
			}
			if (usesHome()) {
				show(LINK_PAGES.home);
				post("homePageLoaded");
				return;
			}
			showCatalog();
		}
		function showCatalog(message = "") {
			exchange = null;
			wallet = null;
			preview = null;
			fundingOption = null;
			renderExchanges();
			byId("catalog-error").textContent = message;
			const wallets = byId("wallets");
			wallets.hidden = scenario !== "selfCustody";
			if (scenario === "selfCustody") {
				const list = byId("wallet-list");
				list.textContent = "";
				for (const w of INJECTED_WALLETS) list.appendChild(button(w.name, () => pickWallet(w.name)));
				if (!walletsAnnounced) {
					walletsAnnounced = true;
					post("SDKinjectedWalletProviders", INJECTED_WALLETS);
				}
			}
			renderPayment(S.payment ? S.payment.amountInFiat : null, option?.amount ?? S.payment?.amount ?? null);
			show(LINK_PAGES.catalog);
		}
		function renderExchanges() {
			const box = byId("exchanges");
			box.textContent = "";
			for (const x of S.exchanges) box.appendChild(button(x.name, () => void pickExchange(x.name), known.has(x.name) ? { hint: "connected" } : {}));
		}
		function method(m) {
			post("methodSelected", { method: m });
			if (m === "embedded") showCatalog();
			else if (m === "manual") showQr();
			else show(LINK_PAGES.buy);
		}
		async function pickExchange(name) {
			setBusy(true);
			await (recognition ?? Promise.resolve());
			setBusy(false);
			started = true;
			exchange = name;
			const x = info(name);
			if (x) post("integrationSelected", {
				integrationType: x.brokerType,
				integrationName: x.name
			});
			const sel = await step("select", { exchange: name }, "catalog-error");
			if (sel instanceof Error) return;
			if (!sel.available) {
				post("connectionUnavailable", {
					...integration(),
					reason: sel.reason
				});
				showCatalog(`${sel.reason} Choose another exchange.`);
				return;
			}
			if (known.has(name)) {
				afterConnect();
				return;
			}
			if (scenario === "oauth") {
				byId("oauth-title").textContent = `Sign in with ${name}`;
				byId("oauth-start").textContent = `Continue to ${name}`;
				byId("oauth-wait").hidden = true;
				byId("oauth-start").hidden = false;
				byId("oauth-error").textContent = "";
				show(LINK_PAGES.oauth);
				return;
			}
			byId("signin-title").textContent = `Sign in to ${name}`;
			input("password").value = S.sandboxPassword;
			byId("signin-error").textContent = "";
			show(LINK_PAGES.signIn);
		}
		function signIn() {
			post("credentialsEntered");
			connect({}, "signin-error");
		}
		async function connect(extra, errorEl) {
			const r = await step("connect", extra.oauth === true ? {
				exchange,
				...extra
			} : {
				exchange,
				username: input("username").value,
				password: input("password").value,
				...extra
			}, errorEl);
			if (r instanceof Error) {
				post("integrationConnectionError", { errorMessage: r.message });
				return;
			}
			switch (r.step) {
				case "mfa":
					input("mfa-code").value = "";
					byId("mfa-error").textContent = "";
					show(LINK_PAGES.mfa);
					post("integrationMfaRequired");
					return;
				case "accounts":
					renderAccounts(r.accounts, extra);
					show(LINK_PAGES.accounts);
					post("integrationAccountSelectionRequired");
					return;
				case "declined":
					lastError = r.errorMessage;
					byId("connection-declined-message").textContent = r.errorMessage;
					show(LINK_PAGES.connectionDeclined);
					post("connectionDeclined", {
						...integration(),
						reason: r.reason,
						networkId: option?.networkId,
						toAddress: option?.address,
						errorMessage: r.errorMessage
					});
					return;
				case "delayed":
					post("delayedAuthentication", r.delayedAuthPayload);
					show(LINK_PAGES.connected);
					finish("done", summary(LINK_PAGES.connected));
					return;
				case "connected":
					post("brokerageAccountAccessToken", r.accessTokenPayload);
					afterConnect();
			}
		}
		function renderAccounts(accounts, extra) {
			const box = byId("accounts");
			box.textContent = "";
			for (const a of accounts) box.appendChild(button(a.accountName, () => void connect({
				...extra,
				accountId: a.accountId
			}, "accounts-error")));
		}
		function submitMfa() {
			post("integrationMfaEntered");
			connect({ mfaCode: input("mfa-code").value.trim() }, "mfa-error");
		}
		function startOAuth() {
			post("integrationOAuthStarted");
			byId("oauth-start").hidden = true;
			byId("oauth-wait-text").textContent = `Waiting for ${exchange ?? "the exchange"} to confirm… (emulated window)`;
			byId("oauth-wait").hidden = false;
		}
		function cancelOAuth() {
			const m = `Sign-in with ${exchange ?? "the exchange"} was cancelled.`;
			post("integrationConnectionError", { errorMessage: m });
			showCatalog(m);
		}
		function afterConnect() {
			if (!S.payment) {
				show(LINK_PAGES.connected);
				finish("done", summary(LINK_PAGES.connected));
				return;
			}
			if (scenario !== "standard") post("transferStarted", integration());
			if (S.options.length > 1 || scenario === "detailed") showAssets();
			else configure(false);
		}
		function showAssets() {
			const box = byId("assets");
			box.textContent = "";
			for (const symbol of [...new Set(S.options.map((o) => o.symbol))]) box.appendChild(button(symbol, () => {
				post("transferAssetSelected", { symbol });
				showNetworks(symbol);
			}));
			show(LINK_PAGES.asset);
		}
		function showNetworks(symbol) {
			const box = byId("networks");
			box.textContent = "";
			for (const o of S.options.filter((x) => x.symbol === symbol)) box.appendChild(button(o.networkName, () => {
				option = o;
				post("transferNetworkSelected", {
					id: o.networkId,
					name: o.networkName
				});
				configure(false);
			}));
			show(LINK_PAGES.network);
		}
		async function configure(kycDone) {
			const r = await step("configure", {
				exchange,
				symbol: option?.symbol,
				networkId: option?.networkId,
				kycDone
			}, null);
			if (r instanceof Error) {
				showConfigureError(r.message);
				return;
			}
			switch (r.step) {
				case "ok":
					amountOrPreview();
					return;
				case "kyc":
					byId("kyc-message").textContent = `${exchange} needs to verify your identity before it sends crypto. Finish it in the ${exchange} app, then come back.`;
					show(LINK_PAGES.kyc);
					post("transferKycRequired");
					return;
				case "noEligibleAssets": {
					const dl = byId("held");
					dl.textContent = "";
					if (r.arrayOfTokensHeld.length === 0) row(dl, "Holdings", "none");
					for (const t of r.arrayOfTokensHeld) row(dl, `${t.amount} ${t.symbol}`, t.ineligibilityReason ?? "");
					lastError = "No eligible assets in this account";
					show(LINK_PAGES.noAssets);
					post("transferNoEligibleAssets", {
						...integration(),
						noAssetsType: r.noAssetsType,
						arrayOfTokensHeld: r.arrayOfTokensHeld
					});
					return;
				}
				case "funding": {
					byId("funding-title").textContent = `Not enough ${option?.symbol ?? ""}`;
					byId("funding-message").textContent = `You are ${formatUsd(r.shortBy, lng)} short. Choose how to cover it:`;
					const box = byId("funding-options");
					box.textContent = "";
					r.options.forEach((o, i) => {
						box.appendChild(button(o.name, () => {
							fundingOption = i;
							post("fundingOptionsUpdated");
							amountOrPreview();
						}));
					});
					show(LINK_PAGES.funding);
					post("fundingOptionsViewed");
					return;
				}
				case "configureError": showConfigureError(r.errorMessage);
			}
		}
		function showConfigureError(message) {
			lastError = message;
			byId("configure-message").textContent = message;
			show(LINK_PAGES.configureError);
			post("transferConfigureError", { errorMessage: message });
		}
		function amountOrPreview() {
			if (S.payment && S.payment.amountInFiat == null && (option?.amount ?? null) == null) {
				show(LINK_PAGES.amount);
				return;
			}
			loadPreview(void 0);
		}
		let lastAmount;
		async function loadPreview(amountInFiat) {
			lastAmount = amountInFiat;
			const fromAmountPage = page === LINK_PAGES.amount;
			const r = await step("preview", {
				exchange,
				amountInFiat,
				symbol: option?.symbol,
				networkId: option?.networkId,
				...fundingOption !== null ? { fundingOption } : {}
			}, fromAmountPage ? "amount-error" : null);
			if (r instanceof Error) {
				post("transferPreviewError", { errorMessage: r.message });
				if (fromAmountPage) return;
				byId("preview-details").textContent = "";
				byId("preview-error").textContent = r.message;
				byId("preview-actions").hidden = true;
				byId("preview-retry-box").hidden = false;
				show(LINK_PAGES.preview);
				return;
			}
			byId("preview-error").textContent = "";
			byId("gas-warning").hidden = true;
			showPreview(r.preview);
		}
		function showPreview(pv) {
			preview = pv;
			renderPayment(pv.amountInFiat, pv.amount);
			const dl = byId("preview-details");
			dl.textContent = "";
			row(dl, "From", exchange ?? "");
			row(dl, "Exchange fee", `${pv.institutionTransferFee.fee} ${pv.institutionTransferFee.feeCurrency}`);
			row(dl, "Network fee", formatUsd(pv.estimatedNetworkGasFee.feeInFiat, lng));
			const funded = pv.cryptocurrencyFundingOptions?.[0];
			if (funded?.name) row(dl, "Funding", funded.name);
			byId("preview-actions").hidden = false;
			byId("preview-retry-box").hidden = true;
			post("transferPreviewed", pv);
			show(LINK_PAGES.preview);
		}
		async function approve(mfaCode) {
			if (!preview) return;
			const onMfaPage = mfaCode !== void 0;
			const r = await step("approve", {
				previewId: preview.previewId,
				...onMfaPage ? { mfaCode } : {}
			}, onMfaPage ? "transfer-mfa-error" : "preview-error");
			if (r instanceof Error) {
				if (!onMfaPage) post("transferExecutionError", { errorMessage: r.message });
				return;
			}
			switch (r.step) {
				case "mfa":
					input("transfer-mfa-code").value = "";
					byId("transfer-mfa-error").textContent = "";
					show(LINK_PAGES.transferMfa);
					post("transferMfaRequired");
					return;
				case "gasIncrease":
					post("gasIncreaseWarning");
					showPreview(r.preview);
					byId("gas-warning").textContent = `The network fee went up from ${formatUsd(r.previousFeeInFiat, lng)} to ${formatUsd(r.preview.estimatedNetworkGasFee.feeInFiat, lng)}. Review and approve again.`;
					byId("gas-warning").hidden = false;
					return;
				case "declined":
					lastError = r.errorMessage;
					byId("transfer-declined-message").textContent = r.errorMessage;
					show(LINK_PAGES.declined);
					post("transferDeclined", r.declined);
					return;
				case "executed":
					if (r.funding) post("executeFundingStep", r.funding);
					post("transferInitiated", {
						...integration(),
						status: "pending"
					});
					post("transferExecuted", r.executed);
					post("transferFinished", r.finished);
					show(LINK_PAGES.executed);
					finish("done", summary(LINK_PAGES.executed));
			}
		}
		function submitTransferMfa() {
			post("transferMfaEntered");
			approve(input("transfer-mfa-code").value.trim());
		}
		async function decline() {
			if (!preview) return;
			const r = await step("decline", { previewId: preview.previewId }, "preview-error");
			if (r instanceof Error) return;
			post("transferExecutionError", { errorMessage: r.errorMessage });
			byId("decline-message").textContent = r.errorMessage;
			show(LINK_PAGES.executionError);
			finish("done", summary(LINK_PAGES.executionError, { errorMessage: r.errorMessage }));
		}
		function amountContinue() {
			const v = Number(input("amount").value);
			if (!(v > 0)) {
				byId("amount-error").textContent = "Enter an amount above zero.";
				return;
			}
			post("transferAmountEntered");
			loadPreview(v);
		}
		function pickWallet(name) {
			started = true;
			exchange = null;
			wallet = name;
			post("integrationSelected", {
				integrationType: "deFiWallet",
				integrationName: name
			});
			byId("wallet-title").textContent = `Connecting ${name}`;
			byId("wallet-error").textContent = "";
			show(LINK_PAGES.wallet);
		}
		function walletError(errorType) {
			const requested = option?.networkName ?? "Ethereum";
			const details = errorType === "timeout" ? { connectUri: `wc:emulated-${S.sessionId.slice(0, 8)}@2` } : {
				requestedAddress: S.verifyWallet?.addresses[0] ?? "0x1111111111111111111111111111111111111111",
				connectedAddress: "0x2222222222222222222222222222222222222222",
				requestedNetwork: requested,
				connectedNetwork: "Polygon"
			};
			lastError = errorType === "timeout" ? `${wallet} did not answer in time.` : `${wallet} is connected to another account or network.`;
			byId("wallet-error").textContent = lastError;
			post("defiWalletError", {
				integrationName: wallet ?? "Wallet",
				errorType,
				details,
				timeStamp: Date.now()
			});
		}
		function showQr() {
			started = true;
			const o = option ?? S.options[0];
			if (!o) {
				showCatalog("This payment has no address to send to.");
				return;
			}
			const index = Math.max(0, S.options.indexOf(o));
			const qrUrl = `${window.location.origin}/link/${encodeURIComponent(S.sessionId)}/qr.svg?option=${index}`;
			byId("qr").src = qrUrl;
			const dl = byId("qr-details");
			dl.textContent = "";
			if (S.payment?.amountInFiat != null) row(dl, "Amount", formatUsd(S.payment.amountInFiat, lng));
			row(dl, "Asset", o.symbol);
			row(dl, "Network", o.networkName);
			row(dl, "To address", o.address);
			if (o.addressTag) row(dl, "Memo / tag", o.addressTag);
			show(LINK_PAGES.qr);
			post("linkTransferQRGenerated", {
				token: o.symbol,
				network: o.networkName,
				toAddress: o.address,
				qrUrl
			});
		}
		function showVerify() {
			byId("verify-message").textContent = S.verifyWallet?.message ?? "Sign to prove you own this wallet";
			input("verify-address").value = S.verifyWallet?.addresses[0] ?? "0x1111111111111111111111111111111111111111";
			byId("verify-error").textContent = "";
			show(LINK_PAGES.verify);
		}
		async function signWallet() {
			started = true;
			const r = await step("verify", { address: input("verify-address").value.trim() }, "verify-error");
			if (r instanceof Error) return;
			post("walletMessageSigned", r.signed);
			show(LINK_PAGES.verifyDone);
			post("verifyDonePage");
			finish("done", summary(LINK_PAGES.verifyDone));
		}
		function rejectWallet() {
			started = true;
			lastError = "You rejected the signature request.";
			byId("verify-error").textContent = lastError;
			post("verifyWalletRejected");
		}
		const terms = byId("terms-panel");
		let termsOpener = null;
		function openTerms() {
			termsOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			terms.hidden = false;
			byId("terms-close").focus();
			post("legalTermsViewed");
		}
		function closeTerms() {
			terms.hidden = true;
			termsOpener?.focus();
		}
		function seeWhatHappened(section) {
			const d = section.querySelector(".details");
			if (d) {
				d.textContent = lastError ?? "No details.";
				d.hidden = false;
			}
			post("seeWhatHappenedClicked");
		}
		window.addEventListener("message", (e) => {
			if (!embedded || e.source !== window.parent) return;
			const d = e.data;
			if (!d || typeof d !== "object") return;
			const { type, payload } = d;
			if (type === "meshSDKSpecs") {
				if (e.origin && e.origin !== "null") parentOrigin = e.origin;
			} else if (type === "frontAccessTokens" && Array.isArray(payload)) recognition = api("recognize", { accessTokens: payload }).then((r) => {
				for (const x of r.exchanges ?? []) known.add(x.exchange);
				if (page === LINK_PAGES.catalog) renderExchanges();
			}, () => {});
			else if (type === "closeRequested") close();
		});
		document.addEventListener("keydown", (e) => {
			if (e.key !== "Escape" || e.defaultPrevented) return;
			e.preventDefault();
			if (!terms.hidden) closeTerms();
			else close();
		});
		byId("close").addEventListener("click", close);
		byId("scenario").addEventListener("change", (e) => void chooseScenario(e.target.value));
		byId("method-embedded").addEventListener("click", () => method("embedded"));
		byId("method-manual").addEventListener("click", () => method("manual"));
		byId("method-buy").addEventListener("click", () => method("buy"));
		byId("buy-back").addEventListener("click", () => {
			show(LINK_PAGES.home);
			post("homePageLoaded");
		});
		byId("signin").addEventListener("click", signIn);
		byId("oauth-start").addEventListener("click", startOAuth);
		byId("oauth-authorize").addEventListener("click", () => void connect({ oauth: true }, "oauth-error"));
		byId("oauth-cancel").addEventListener("click", cancelOAuth);
		byId("mfa-submit").addEventListener("click", submitMfa);
		byId("kyc-done").addEventListener("click", () => void configure(true));
		byId("approve").addEventListener("click", () => void approve());
		byId("decline").addEventListener("click", () => void decline());
		byId("preview-retry").addEventListener("click", () => void loadPreview(lastAmount));
		byId("transfer-mfa-submit").addEventListener("click", submitTransferMfa);
		byId("declined-done").addEventListener("click", () => finish("done", summary(LINK_PAGES.declined, { errorMessage: lastError ?? void 0 })));
		byId("amount-continue").addEventListener("click", amountContinue);
		byId("wallet-timeout").addEventListener("click", () => walletError("timeout"));
		byId("wallet-mismatch").addEventListener("click", () => walletError("verifyMismatch"));
		byId("wallet-manual").addEventListener("click", showQr);
		byId("verify-sign").addEventListener("click", () => void signWallet());
		byId("verify-reject").addEventListener("click", rejectWallet);
		byId("terms").addEventListener("click", openTerms);
		byId("terms-close").addEventListener("click", closeTerms);
		for (const b of document.querySelectorAll("button.another")) b.addEventListener("click", () => showCatalog());
		for (const b of document.querySelectorAll("button.what")) b.addEventListener("click", () => seeWhatHappened(b.closest("section")));
		for (const h of document.querySelectorAll(".mfa-hint")) h.textContent = S.sandboxMfaCode;
		byId("paylink-pay").addEventListener("click", () => startView());
		renderScenarios();
		post("loaded");
		if (paylink) {
			renderPayment(S.payment ? S.payment.amountInFiat : null, S.payment ? S.payment.amount : null);
			show(LINK_PAGES.paylink);
		} else startView();
	}
	// src/main/emulator/link-ui/main.ts
	function readData(id) {
		const el = document.getElementById(id);
		return el?.textContent ? JSON.parse(el.textContent) : null;
	}
	var session = readData(SESSION_DATA_ID);
	var error = session ? null : readData(ERROR_DATA_ID);
	if (session) startSessionPage(session);
	else if (error) startErrorPage(error);
})();
