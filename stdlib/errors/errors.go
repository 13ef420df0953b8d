// Package errors: error values (gosub's standard library, Go 1.19 API).
// New, Unwrap and Is are plain Go; As uses two natives for the reflection
// it needs (vm/rt_lib.c).
package errors

// New returns an error whose Error method returns text.  Each call
// returns a distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of err's Unwrap method, or nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch targetKind(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// comparable reports whether v's dynamic type supports ==.
//
//go:noescape
func comparable(v any) bool

// targetKind: 0 a usable As target, 1 not a non-nil pointer, 2 pointing at
// neither an interface nor an error type.
//
//go:noescape
func targetKind(target any) int

// assignTo sets *target to err's value if err's dynamic type is assignable
// to *target's type.
func assignTo(err error, target any) bool
