// Package site serves the app and builds it as a static website: go-app's Handler with the
// project's settings, precompressed static files, and the version derived from the build.
package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/careerquiz/careerquiz/web"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Options are the settings a deployment may change.
type Options struct {
	// WebDir is the folder of static files served under /web/; it holds app.wasm.
	WebDir string
	// Base is the path the app is served under, "/" or a sub-path such as "/careers/quiz/".
	Base string
	// Domain is the host name the site is published on, such as "careers.example.edu"; the
	// pages' link-preview tags (og:url, og:image) name it. Empty leaves them without a host.
	Domain string
	// Headers are the security headers; a static build writes them for static hosts.
	Headers Headers
}

// checkDomain reports whether d is a bare host name (with an optional port), as Domain wants.
func checkDomain(d string) error {
	if d == "" {
		return nil
	}
	u, err := url.Parse("https://" + d)
	if err != nil || u.Host != d || u.Hostname() == "" || strings.ContainsAny(d, "/@?#") {
		return fmt.Errorf("domain %q is not a host name: give it without https:// or a path, such as careers.example.edu", d)
	}
	return nil
}

// BootScript is the project's first script on every page (web/boot.js).
const BootScript = "/web/boot.js"

// Theme colours, shared by the manifest and the stylesheet.
const (
	themeColor      = "#1e40af"
	backgroundColor = "#ffffff"
)

// NewHandler returns go-app's Handler with the project's settings: local icons, the version
// and the wasm size read from the build in o.WebDir, and a service worker that caches pages
// (every route the app has) for offline use.
func NewHandler(o Options, pages ...string) (*app.Handler, error) {
	if err := checkDomain(o.Domain); err != nil {
		return nil, err
	}
	wasm, err := os.Stat(filepath.Join(o.WebDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("the app is not built: %w (run make build)", err)
	}
	version, err := Version(o.WebDir)
	if err != nil {
		return nil, err
	}
	texts, err := roleTexts(o.WebDir)
	if err != nil {
		return nil, err
	}
	h := &app.Handler{
		Name:            "Career quiz",
		ShortName:       "Career quiz",
		Title:           "Career quiz",
		Description:     "An adaptive careers quiz that runs in your browser: your answers never leave your device.",
		Lang:            "en",
		Author:          "The career quiz contributors",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		LoadingLabel:    "Loading the quiz: {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Image:  "/web/icon-512.png", // the link preview's picture
		Styles: []string{"/web/app.css"},
		// boot.js runs while the page is parsed, before go-app's deferred scripts: it drops an
		// address go-app cannot parse and catches the update go-app can miss.
		Scripts: []string{BootScript},
		// go-app caches the start page, its own files, the wasm and the PNG icons; the SVG
		// icon (the page's favicon), every page and the roles' long text (which role pages
		// fetch) are added here.
		CacheableResources:    append(append([]string{"/web/app.wasm", "/web/icon.svg", BootScript}, pages...), texts...),
		ServiceWorkerTemplate: web.Worker,
		Version:               version,
		WasmContentLength:     strconv.FormatInt(wasm.Size(), 10),
		Resources:             newPrefixResolver(o.Base),
		Domain:                o.Domain,
	}
	return h, nil
}

// roleTexts are the addresses of the files of the roles' long text in webDir (web/roles/*.json,
// written by go generate ./content), which the role pages fetch.
func roleTexts(webDir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(webDir, "roles", "*.json"))
	if err != nil {
		return nil, err
	}
	urls := make([]string, len(files))
	for i, f := range files {
		urls[i] = "/web/roles/" + filepath.Base(f)
	}
	return urls, nil
}

// Version is a digest of every file in webDir (the wasm, styles, icons) and of the running
// program, which renders the pages: any change to what a browser receives changes it.
func Version(webDir string) (string, error) {
	sum := sha256.New()
	var paths []string
	err := filepath.WalkDir(webDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !compressed(p) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", webDir, err)
	}
	sort.Strings(paths)
	if exe, err := os.Executable(); err == nil {
		paths = append(paths, exe)
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(sum, "%s\x00", filepath.Base(p))
		_, err = io.Copy(sum, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(sum.Sum(nil))[:16], nil
}
