package site

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// start serves h with the limits l on a free loopback port until the test ends, and
// returns its address.
func start(t *testing.T, h http.Handler, l Limits) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := NewServer(ln.Addr().String(), h, l)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// closedWithin reports whether the server closes conn within d, reading (and discarding)
// whatever it sends until then.
func closedWithin(t *testing.T, conn net.Conn, d time.Duration) bool {
	t.Helper()
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(d)))
	_, err := io.Copy(io.Discard, conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return false
	}
	return true
}

// short are limits small enough for a test to see each one act.
var short = Limits{
	ReadHeaderTimeout: 200 * time.Millisecond,
	ReadTimeout:       300 * time.Millisecond,
	WriteTimeout:      300 * time.Millisecond,
	IdleTimeout:       200 * time.Millisecond,
	MaxHeaderBytes:    1 << 10,
	ShutdownTimeout:   time.Second,
}

// patience is how long a test waits for a limit that is a fraction of a second to act; a
// server without the limit keeps the connection open past it.
const patience = 5 * time.Second

func hello(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hello") }

func TestServerLimits(t *testing.T) {
	t.Run("an idle kept-alive connection is closed", func(t *testing.T) {
		addr := start(t, http.HandlerFunc(hello), short)
		conn, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer conn.Close()
		_, err = io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		require.NoError(t, err)
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, res.StatusCode)
		require.False(t, res.Close, "the connection is kept alive")
		io.Copy(io.Discard, res.Body)
		require.True(t, closedWithin(t, conn, patience))
	})
	t.Run("a client that never finishes its headers is dropped", func(t *testing.T) {
		addr := start(t, http.HandlerFunc(hello), short)
		conn, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer conn.Close()
		_, err = io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
		require.NoError(t, err)
		require.True(t, closedWithin(t, conn, patience))
	})
	t.Run("headers over the limit are refused", func(t *testing.T) {
		addr := start(t, http.HandlerFunc(hello), short)
		req, err := http.NewRequest(http.MethodGet, "http://"+addr+"/", nil)
		require.NoError(t, err)
		req.Header.Set("X-Big", strings.Repeat("a", 8<<10))
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusRequestHeaderFieldsTooLarge, res.StatusCode)
	})
	t.Run("a request line over the limit is refused", func(t *testing.T) {
		addr := start(t, http.HandlerFunc(hello), short)
		res, err := http.Get("http://" + addr + "/roles/" + strings.Repeat("a", 8<<10))
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusRequestHeaderFieldsTooLarge, res.StatusCode)
	})
	t.Run("headers within the limit are served", func(t *testing.T) {
		addr := start(t, http.HandlerFunc(hello), short)
		res, err := http.Get("http://" + addr + "/")
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
	})
	t.Run("a response to a client that never reads it is given up", func(t *testing.T) {
		gaveUp := make(chan error, 1)
		big := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			chunk := make([]byte, 64<<10)
			for range 4096 { // 256 MiB: far more than the socket buffers hold
				if _, err := w.Write(chunk); err != nil {
					gaveUp <- err
					return
				}
			}
			gaveUp <- nil
		})
		addr := start(t, big, short)
		conn, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer conn.Close()
		_, err = io.WriteString(conn, "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\n\r\n")
		require.NoError(t, err)
		select {
		case err := <-gaveUp:
			require.Error(t, err)
		case <-time.After(patience):
			t.Fatal("the server still writes to a client that does not read")
		}
	})
	t.Run("the defaults set every limit", func(t *testing.T) {
		srv := NewServer(":0", http.HandlerFunc(hello), DefaultLimits)
		require.Equal(t, 5*time.Second, srv.ReadHeaderTimeout)
		require.Equal(t, 10*time.Second, srv.ReadTimeout)
		require.Equal(t, 60*time.Second, srv.WriteTimeout)
		require.Equal(t, 30*time.Second, srv.IdleTimeout)
		require.Equal(t, 32<<10, srv.MaxHeaderBytes)
	})
}

func TestListenAndServeStops(t *testing.T) {
	for _, sig := range []os.Signal{syscall.SIGTERM, os.Interrupt} {
		t.Run("on "+sig.String()+" the request under way finishes and the server stops", func(t *testing.T) {
			entered, release := make(chan struct{}), make(chan struct{})
			h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/slow" {
					close(entered)
					<-release
				}
				io.WriteString(w, "done")
			})
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			require.NoError(t, err)
			addr := ln.Addr().String()
			srv := NewServer(addr, h, short)
			stopped := make(chan error, 1)
			go func() { stopped <- ListenAndServe(context.Background(), srv, ln, patience) }()

			// Serving implies the signals are caught: a signal now cannot kill the tests.
			res, err := http.Get("http://" + addr + "/")
			require.NoError(t, err)
			res.Body.Close()

			slow := make(chan string, 1)
			go func() {
				res, err := http.Get("http://" + addr + "/slow")
				if err != nil {
					slow <- err.Error()
					return
				}
				b, _ := io.ReadAll(res.Body)
				res.Body.Close()
				slow <- string(b)
			}()
			<-entered
			p, err := os.FindProcess(os.Getpid())
			require.NoError(t, err)
			require.NoError(t, p.Signal(sig))
			// The server stops taking connections, then lets the slow request finish.
			require.Eventually(t, func() bool {
				c, err := net.Dial("tcp", addr)
				if err == nil {
					c.Close()
				}
				return err != nil
			}, patience, 10*time.Millisecond)
			close(release)
			require.Equal(t, "done", <-slow)
			select {
			case err := <-stopped:
				require.NoError(t, err)
			case <-time.After(patience):
				t.Fatal("the server did not stop")
			}
		})
	}
}

func TestListenAndServeStopsWithContext(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := NewServer(ln.Addr().String(), http.HandlerFunc(hello), short)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- ListenAndServe(ctx, srv, ln, patience) }()
	cancel()
	select {
	case err := <-stopped:
		require.NoError(t, err)
	case <-time.After(patience):
		t.Fatal("the server did not stop")
	}
}
