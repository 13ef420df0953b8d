package main

import (
	"errors"
	"fmt"
)

type OpError struct {
	Op   string
	Path string
	Err  error
}

func (e *OpError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

var ErrPerm = errors.New("permission denied")

func open(path string) error {
	if path == "/root" {
		return &OpError{"open", path, ErrPerm}
	}
	if path == "" {
		return fmt.Errorf("open: empty path (code %d, %q)", 22, path)
	}
	return nil
}

func main() {
	for _, p := range []string{"/tmp", "/root", ""} {
		err := open(p)
		fmt.Printf("%-6q -> %v\n", p, err)
	}
	err := fmt.Errorf("config %s: %w", "app.yaml", open("/root"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrPerm))
	var oe *OpError
	fmt.Println(errors.As(err, &oe), oe.Path)
	e2 := fmt.Errorf("%d items failed: %v", 3, []string{"a", "b"})
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("no verb")
	fmt.Println(e3)
	e4 := fmt.Errorf("percent %% and %5.2f", 3.14159)
	fmt.Println(e4)
	e5 := fmt.Errorf("wrap nil: %w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	e6 := fmt.Errorf("%w", ErrPerm)
	fmt.Println(e6, e6 == ErrPerm, errors.Is(e6, ErrPerm))
	fmt.Printf("%v|%+v|%s|%q\n", err, e3, e4, e3)
}
