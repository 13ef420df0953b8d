// Package os: the process's arguments, exit and standard streams (gosub's
// standard library, a subset of Go 1.19's).  Output goes through the VM's
// buffered streams, which os.Exit flushes.
package os

import "errors"

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
)

// File is an open file; gosub has only the standard streams.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

func runtime_args() []string

// Exit causes the current program to exit with the given status code;
// deferred functions are not run.
func Exit(code int)

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

// Name returns the name of the file.
func (f *File) Name() string {
	return f.name
}

// Write writes len(b) bytes to the file.
func (f *File) Write(b []byte) (n int, err error) {
	return write(f.fd, b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return writeString(f.fd, s), nil
}

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key and whether it is set.
func LookupEnv(key string) (string, bool) {
	return getenv(key)
}

//go:noescape
func write(fd int, b []byte) int

//go:noescape
func writeString(fd int, s string) int

//go:noescape
func getenv(key string) (string, bool)
