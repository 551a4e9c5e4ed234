# The career quiz. `make run` serves it; `make test` runs everything CI runs.
GO      ?= go
ADDR    ?= 127.0.0.1:8000
HOST_ADDR ?= 127.0.0.1:8001
BASE    ?= /
BIN     := bin/careerquiz
WASM    := web/app.wasm
WASMEXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
DOMAIN  := ./content ./scoring ./quiz
# make fuzz: each fuzz target for FUZZTIME, minimising a new input for at most FUZZMINIMIZETIME.
FUZZTIME         ?= 30s
FUZZMINIMIZETIME ?= 5s
FUZZPARALLEL     ?= 1

.PHONY: all build generate run test lint unit wasm-test office-test browser-test browser-engines vet chromium browsers static check eval bench fuzz clean

all: build

build: $(BIN) $(WASM)

# The catalogue compiled into Go values (content/catalogue_gen.go) from the documents, and the
# home page's example run on it (app/example_gen.go).
generate:
	$(GO) generate ./content ./app

# Both are rebuilt every time: go's build cache makes that cheap and never stale.
.PHONY: $(BIN) $(WASM)
$(BIN): generate
	$(GO) build -trimpath -o $(BIN) .

$(WASM): $(BIN)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $(WASM) .
	$(BIN) compress web

# Beside the quiz, a demo careers page on another origin (HOST_ADDR, shown as localhost so
# that it is another site too) embeds it with README's snippet.
run: build
	$(GO) build -trimpath -o bin/embed-host ./examples/embed-host
	bin/embed-host --addr $(HOST_ADDR) --quiz http://$(ADDR) & host=$$!; \
	trap 'kill $$host' EXIT INT TERM; ADDR=$(ADDR) $(BIN) serve

test: lint unit wasm-test office-test browser-test browser-engines

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

# lint fails on any file gofmt would change, on go vet's findings and on staticcheck's.
lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt -l: these files need gofmt -w:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

vet:
	$(GO) vet ./...

# Fuzz targets run their seed corpora and every saved crasher (testdata/fuzz/) here too.
unit:
	$(GO) test -count=1 ./...

wasm-test:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASMEXEC)" $(DOMAIN)

browser-test: build chromium e2e/node_modules
	cd e2e && CAREERQUIZ_BIN=$(CURDIR)/$(BIN) CAREERQUIZ_WEB=$(CURDIR)/web npm test

# The essential paths again in Chromium, Firefox and WebKit (ENGINES=firefox,webkit for some).
browser-engines: build chromium browsers e2e/node_modules
	cd e2e && CAREERQUIZ_BIN=$(CURDIR)/$(BIN) CAREERQUIZ_WEB=$(CURDIR)/web \
		node --test --test-concurrency=1 engines/essentials.js

e2e/node_modules: e2e/package-lock.json
	cd e2e && npm ci --no-audit --no-fund
	touch e2e/node_modules

office-test:
	bash scripts/test-office-build

chromium:
	@bash scripts/need-chromium

browsers:
	@bash scripts/need-browsers

# ROLES=DIR builds with a careers office's own role documents (see content/README.md).
ifdef ROLES
static:
	bash scripts/build-with-roles $(ROLES) dist $(BASE)
else
static: build
	$(BIN) static --out dist --base $(BASE)
endif

bench: build chromium e2e/node_modules
	bash scripts/bench

eval: $(BIN)
	$(BIN) eval $(EVALFLAGS)

fuzz:
	GO=$(GO) FUZZTIME=$(FUZZTIME) FUZZMINIMIZETIME=$(FUZZMINIMIZETIME) FUZZPARALLEL=$(FUZZPARALLEL) bash scripts/fuzz

check: $(BIN)
	$(BIN) check $(ROLES)

clean:
	rm -rf bin dist careerquiz $(WASM) web/*.br web/*.gz web/roles/*.br web/roles/*.gz
	find . -name '*.test' -type f -not -path './e2e/node_modules/*' -delete
