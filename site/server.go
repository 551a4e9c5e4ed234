package site

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Limits bound what one client can hold of the server: time to send a request, time to
// receive a response, time a kept-alive connection may sit idle, and the size of a request's
// line and headers.
type Limits struct {
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
	// ShutdownTimeout is how long requests under way may take to finish once the server is
	// told to stop; connections still open after it are closed.
	ShutdownTimeout time.Duration
}

// DefaultLimits are the limits `serve` runs with.
//
// The app accepts only GET and HEAD, so a request is its line and headers: 5 s to send them
// and 10 s in all are generous on any network. WriteTimeout bounds the whole response, so it
// must let the largest file through on a slow phone: the wasm is about 1.7 MB brotli, which
// takes 8.5 s on Chrome's "Slow 4G" profile (1.6 Mbit/s); 60 s leaves seven times that, lets
// a phone at 230 kbit/s (slower than "Slow 3G") finish, and still serves the 8.8 MB
// uncompressed wasm on Slow 4G (44 s) to a client that refuses compression, while a client
// that never reads is dropped after a minute. A browser reopens a connection idle for 30 s
// at the cost of one round trip, so that is the idle limit. 32 KiB of headers leaves room for
// the cookies a university's other sites may set on its domain.
var DefaultLimits = Limits{
	ReadHeaderTimeout: 5 * time.Second,
	ReadTimeout:       10 * time.Second,
	WriteTimeout:      60 * time.Second,
	IdleTimeout:       30 * time.Second,
	MaxHeaderBytes:    32 << 10,
	ShutdownTimeout:   10 * time.Second,
}

// NewServer returns an HTTP server for h at addr with the limits l.
func NewServer(addr string, h http.Handler, l Limits) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: l.ReadHeaderTimeout,
		ReadTimeout:       l.ReadTimeout,
		WriteTimeout:      l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		MaxHeaderBytes:    l.MaxHeaderBytes,
	}
}

// StopSignals are the signals on which ListenAndServe stops gracefully: Ctrl-C at a
// terminal, and SIGTERM, which service managers and container runtimes send.
var StopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// ListenAndServe serves srv on ln until ctx is done or one of StopSignals arrives, then
// stops accepting connections and lets the requests under way finish, for at most
// shutdownTimeout. It returns nil after a graceful stop.
func ListenAndServe(ctx context.Context, srv *http.Server, ln net.Listener, shutdownTimeout time.Duration) error {
	ctx, stop := signal.NotifyContext(ctx, StopSignals...)
	defer stop()
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
		defer cancel()
		err := srv.Shutdown(shutdown)
		if err != nil {
			srv.Close()
		}
		done <- err
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return <-done
}
