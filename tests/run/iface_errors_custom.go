package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct{ Name string }
type TimeoutError struct{ Seconds int }
type TempError interface {
	error
	Temporary() bool
}

func (e NotFoundError) Error() string   { return e.Name + " not found" }
func (e *TimeoutError) Error() string   { return fmt.Sprintf("timeout after %ds", e.Seconds) }
func (e *TimeoutError) Temporary() bool { return e.Seconds < 10 }

func fetch(i int) error {
	switch i % 4 {
	case 0:
		return nil
	case 1:
		return NotFoundError{fmt.Sprint("item", i)}
	case 2:
		return &TimeoutError{i * 2}
	}
	return fmt.Errorf("fetch %d: %w", i, &TimeoutError{30})
}

func classify(err error) string {
	if err == nil {
		return "ok"
	}
	var te TempError
	if errors.As(err, &te) {
		return fmt.Sprintf("temporary=%v (%v)", te.Temporary(), err)
	}
	switch e := err.(type) {
	case NotFoundError:
		return "missing " + e.Name
	default:
		return "other: " + e.Error()
	}
}

func main() {
	for i := 0; i < 8; i++ {
		fmt.Println(i, classify(fetch(i)))
	}
	var nf NotFoundError
	fmt.Println(errors.As(fetch(5), &nf), nf.Name)
	err := fetch(1)
	fmt.Println(err == NotFoundError{"item1"}, err == error(NotFoundError{"item2"}))
	var t1 error = &TimeoutError{1}
	var t2 error = &TimeoutError{1}
	fmt.Println(t1 == t2, t1.Error() == t2.Error())
}
