// Embedding a pointer type: promoted methods go through the pointer.
package main

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) } // ERROR "leaking param content: l$" "leaking param: s$"

type Service struct {
	*Logger
	name string
}

func newService(name string) *Service { // ERROR "leaking param: name$"
	return &Service{Logger: &Logger{}, name: name} // ERROR "&Logger{} escapes to heap$" "&Service{...} escapes to heap$"
}

func localService() int {
	s := Service{Logger: &Logger{}} // ERROR "&Logger{} does not escape$"
	s.Log("local")
	return len(s.lines)
}

func main() {
	s := newService("svc")
	s.Log("start")
	println(len(s.lines), localService())
}
