package main

import (
	"fmt"
	"strconv"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

type ROnly struct{}

func (ROnly) Read() string { return "ro" }

func main() {
	var r Reader = &File{}
	if w, ok := r.(Writer); ok {
		fmt.Println("writer", w.Write("hello"), w.Write("world"))
	}
	rw := r.(ReadWriter)
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	var r2 Reader = ROnly{}
	w2, ok := r2.(Writer)
	fmt.Println(w2, ok, w2 == nil)
	f, ok := r.(*File)
	fmt.Println(ok, len(f.data))
	_, ok = r2.(*File)
	fmt.Println(ok)
	var any interface{} = 42
	n, ok := any.(int)
	fmt.Println(n, ok)
	s, ok := any.(string)
	fmt.Printf("%q %v\n", s, ok)
	fl, ok := any.(float64)
	fmt.Println(fl, ok)
	any = "123"
	if str, ok := any.(string); ok {
		v, err := strconv.Atoi(str)
		fmt.Println(v+1, err)
	}
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	var st fmt.Stringer
	_, ok = any.(fmt.Stringer)
	fmt.Println(ok, st == nil)
	var rwi ReadWriter = &File{data: []string{"a"}}
	var rd Reader = rwi
	fmt.Println(rd.Read())
}
