package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty input")

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func parse(lines []string) (int, error) {
	if len(lines) == 0 {
		return 0, ErrEmpty
	}
	sum := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, &ParseError{i + 1, err}
		}
		sum += n
	}
	return sum, nil
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	_, err := parse(nil)
	fmt.Println(err, errors.Is(err, ErrEmpty), err == ErrEmpty)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrEmpty), errors.Unwrap(wrapped) == ErrEmpty)
	_, err = parse([]string{"1", "x"})
	fmt.Println(err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line, "cause:", pe.Err)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Num, errors.Is(err, strconv.ErrSyntax))
	outer := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", err))
	fmt.Println(outer)
	fmt.Println(errors.As(outer, &pe), pe.Line)
	fmt.Println(errors.Unwrap(errors.Unwrap(outer)) == err)
	fmt.Println(errors.Unwrap(ErrEmpty) == nil, errors.Is(nil, ErrEmpty), errors.Is(ErrEmpty, ErrEmpty))
	noWrap := fmt.Errorf("no wrap: %v", ErrEmpty)
	fmt.Println(noWrap, errors.Is(noWrap, ErrEmpty))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2))
	fmt.Printf("%v|%s|%q|%T\n", e1, e1, e1, wrapped)
}
