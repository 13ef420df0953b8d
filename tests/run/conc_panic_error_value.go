package main

import (
	"errors"
	"fmt"
)

type stageError struct {
	stage int
	err   error
}

func (e *stageError) Error() string { return fmt.Sprintf("stage %d: %v", e.stage, e.err) }

func main() {
	block := make(chan struct{})
	go func() {
		var err error = &stageError{2, errors.New("disk full")}
		panic(err)
	}()
	<-block
}
