package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("disk full")
	wrapped := fmt.Errorf("save: %w", err)
	fmt.Println(errors.Unwrap(wrapped) == err)
	panic(wrapped)
}
