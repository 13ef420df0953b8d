package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
		}
	}()
	return s[i], nil
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func tryPanic(v interface{}) (got interface{}) {
	defer func() {
		got = recover()
	}()
	panic(v)
}

func helper() interface{} { return recover() }

func nestedRecover() (r interface{}) {
	defer func() {
		r = helper() // recover not called directly by the deferred function: nil
		if r == nil {
			r = recover()
		}
	}()
	panic("nested")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeIndex([]int{1, 2, 3}, 1))
	fmt.Println(safeIndex([]int{1, 2, 3}, 3))
	_, err := safeIndex(nil, -0)
	fmt.Println(err)
	for _, v := range []interface{}{"str", 42, 3.5, MyErr{7}, errors.New("plain"), []int{1}, true} {
		r := tryPanic(v)
		fmt.Printf("%T %v\n", r, r)
	}
	fmt.Println(nestedRecover())
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			fmt.Println("second recover:", r)
			fmt.Println("again:", recover())
		}()
		defer func() {
			defer func() { fmt.Println("inner recovered:", recover()) }()
			panic("from deferred")
		}()
		panic("original")
	}()
	var m map[string]int
	func() {
		defer func() { fmt.Println(recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var p *MyErr
		fmt.Println(p.Code)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var i interface{} = "s"
		fmt.Println(i.(int))
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		s := []int{1, 2, 3}
		k := 5
		fmt.Println(s[1:k])
	}()
	fmt.Println("done")
}
