# Client Fit: `make serve` runs the app, `make test` runs every tier of tests. Both install
# what is missing first (scripts/setup.sh, version-checked, so a second run installs nothing).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Browser tests wait for conditions; this is only the runner's ceiling for a stuck test.
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
PORT ?= 8080

.PHONY: setup build release example serve test test-lint test-native test-wasm test-e2e test-engines bench fuzz lint-content

setup:
	@bash scripts/setup.sh

# Trunk builds the page, then the prospect's widget (crates/widget: its own wasm, without the
# consultant's app) into target/widget/; their glue and the stylesheet are minified
# (scripts/minify.mjs: terser and lightningcss, not Trunk's minifier, which breaks the glue);
# then each built-in questionnaire is written once per language into dist/questionnaires/,
# for the page to fetch the one it shows (and the prospect's copies, with none of the
# consultant's advice, into target/prospect/); the widget's first screen for each of those is
# rendered to HTML (crates/prerender, Yew's server renderer, into target/first/: the loader
# shows it before the wasm arrives), and so is the app's first screen on a first visit (with
# the consultant's pages: a second run), which scripts/first_screen.mjs puts into
# dist/index.html; the embed files are laid out under stable names in dist/embed/v1/ (an npm
# package: package.json and README.md); last, the service worker's precache list.
# Panic locations name their source files: the registry's absolute path (the build machine's
# home folder) is rewritten, so the shipped wasm says `cargo-registry/yew-0.23.0/src/...`.
# The workspace's own files are relative already, and the standard library's are `/rustc/<hash>`.
RELEASE_RUSTFLAGS := --remap-path-prefix=$(or $(CARGO_HOME),$(HOME)/.cargo)/registry/src=cargo-registry
build: setup
	RUSTFLAGS="$(RELEASE_RUSTFLAGS)" trunk build --release
	RUSTFLAGS="$(RELEASE_RUSTFLAGS)" trunk build crates/widget/index.html --release --dist target/widget
	node scripts/minify.mjs dist target/widget
	cargo run --quiet --bin client-fit-content -- dist target/prospect
	cargo run --quiet -p client-fit-prerender -- target/prospect/questionnaires target/first
	cargo run --quiet -p client-fit-prerender --features app -- --app dist/questionnaires target/first-app
	node scripts/embed.mjs dist target/prospect/questionnaires target/widget target/first
	node scripts/first_screen.mjs dist target/first-app
	node scripts/pwa.mjs dist

# The ready-made files of the widget, from dist/embed/v1/ (itself an npm package,
# client-fit-embed): target/embed-release/client-fit-embed-<version>.tar.gz and SHA256SUMS,
# then the Subresource Integrity hash of the loader with snippets carrying it. Not a tier of its
# own: tier 4's tests/e2e/release.test.mjs runs scripts/release.mjs on the build and checks it all.
release: build
	node scripts/release.mjs dist target/embed-release

# examples/yew-host: a Yew app of its own that mounts the ClientFit component (a debug build:
# it is checked by tests/e2e/yew_host.test.mjs, not shipped).
example: setup
	trunk build examples/yew-host/index.html --dist target/yew-host

serve: build
	node scripts/serve.mjs dist $(PORT)

test: setup
	@$(MAKE) --no-print-directory test-lint
	@$(MAKE) --no-print-directory test-native
	@$(MAKE) --no-print-directory test-wasm
	@$(MAKE) --no-print-directory test-e2e
	@$(MAKE) --no-print-directory test-engines
	@echo "make test: all five tiers passed"

# Tier 1: formatting, the stylesheet's blocks all closed, lints (the workspace's, with
# missing_docs and unreachable_pub) for the host and for the browser build (the widget's on its
# own: alone, it builds the library without the consultant's app; the build step that renders
# the first screens, with the app's too), the documentation,
# and the example host app's wasm build.
test-lint:
	cargo fmt --all --check
	node scripts/check_css.mjs styles/app.css
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p client-fit-core -p client-fit-ui -p yew-host \
		-p client-fit-web --lib --bins --test browser -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p client-fit-widget -- -D warnings
	cargo clippy -p client-fit-prerender --features app --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet
	cargo build --target wasm32-unknown-unknown -p yew-host --quiet
	@echo "tier 1 (fmt, clippy native and wasm32, docs, examples/yew-host): passed"

# Tier 2: the pure core and the rendering tests, natively; then the core as the prospect's
# widget builds it (no `error-paths`, no `full-lint`: `load` runs `lint::check` only; English only
# compiled in, other languages installed from their files), for the
# test that a broken custom questionnaire is still refused with a clear message.
test-native:
	@mkdir -p target
	cargo test --workspace --quiet 2>&1 | tee target/native-tests.log
	cargo test -p client-fit-core --no-default-features --test widget_load --test ui_text_tables --quiet 2>&1 | tee -a target/native-tests.log
	@awk '/^test result:/ { passed += $$4; failed += $$6 } END { printf "tier 2 (native cargo test): %d passed, %d failed\n", passed, failed }' target/native-tests.log

# Tier 3: wasm-bindgen-test in headless Chromium (crates/web/webdriver.json gives its flags).
WASM_TESTS := cargo test --target wasm32-unknown-unknown -p client-fit-web --test browser
test-wasm:
	env -u GECKODRIVER -u SAFARIDRIVER $(WASM_TESTS)
	@echo "tier 3 (wasm-bindgen-test in Chromium): passed"

# Tier 4: Playwright clicking through the release build served on 127.0.0.1.
test-e2e: build example
	node --test --test-concurrency=1 tests/e2e/
	@echo "tier 4 (end-to-end in Chromium): passed"

# Tier 5: the other two engines. The wasm browser tests in Firefox ESR (geckodriver) and in
# WebKitGTK (WebKitWebDriver starts MiniBrowser, which needs an X server: xvfb-run), then the
# WebDriver smoke suite (tests/engines/) in Chromium, Firefox and WebKit, in that order: the
# others' scores must match Chromium's. Screenshots in target/screenshots/<engine>/.
GECKODRIVER ?= $(HOME)/.cargo/bin/geckodriver
WEBKITDRIVER ?= /usr/bin/WebKitWebDriver
XVFB := xvfb-run -a -s "-screen 0 1280x1024x24"
test-engines: build
	env -u CHROMEDRIVER -u SAFARIDRIVER GECKODRIVER=$(GECKODRIVER) $(WASM_TESTS)
	env -u CHROMEDRIVER -u GECKODRIVER SAFARIDRIVER=$(WEBKITDRIVER) $(XVFB) $(WASM_TESTS)
	ENGINE=chromium node --test --test-concurrency=1 tests/engines/
	ENGINE=firefox GECKODRIVER=$(GECKODRIVER) node --test --test-concurrency=1 tests/engines/
	ENGINE=webkit WEBKITDRIVER=$(WEBKITDRIVER) $(XVFB) node --test --test-concurrency=1 tests/engines/
	@echo "tier 5 (wasm tests and WebDriver smoke suite in Firefox and WebKit): passed"

# Bounded-time fuzzing of every reader of outside input (crates/core/tests/fuzz.rs, stable Rust):
# FUZZ_SECONDS per target (default 30), five targets. Counts go to target/fuzz-results/*.txt.
FUZZ_SECONDS ?= 30
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) cargo test -p client-fit-core --profile fuzz --test fuzz -- --ignored --nocapture --test-threads 1

lint-content:
	cargo run --quiet --bin client-fit-lint -- content/*.json

# The bytes the widget and the app download before their first question, gzip -9 per file
# (scripts/size_bench.mjs, from the built files: target/bench/size.json); the native engine
# bench, then the page in Chromium (scripts/bench.mjs): weight, first question,
# last answer to result, memory, and scoring in wasm; first question visible for the widget and
# the app, locally and on emulated slow 4G (scripts/first_question_bench.mjs); then the effort of
# a whole screening at 1280×800 and 375×740 (scripts/flow_bench.mjs): clicks, keystrokes, heights
# of the question steps and of the result; the widget on a host page: last answer to result and
# memory after load (scripts/widget_bench.mjs). Results in target/bench/*.json. Last, each
# figure beside the last recorded one (docs/performance.json): previous → now and the change
# (scripts/bench_compare.mjs; `node scripts/bench_compare.mjs --record` records a run's figures).
bench: build
	node scripts/size_bench.mjs dist
	cargo bench -p client-fit-core --profile measure --bench engine
	cargo build -p client-fit-core --profile measure --target wasm32-unknown-unknown --example wasm_scoring
	wasm-bindgen --target web --out-dir target/bench/wasm --out-name wasm_scoring \
		target/wasm32-unknown-unknown/measure/examples/wasm_scoring.wasm
	printf '<!doctype html><title>Client Fit: scoring in wasm</title>\n' > target/bench/wasm/index.html
	node scripts/bench.mjs
	node scripts/first_question_bench.mjs
	node scripts/flow_bench.mjs
	node scripts/widget_bench.mjs
	node scripts/bench_compare.mjs
