// Assignments to package-level variables: whatever is stored there escapes.
package main

type Config struct {
	name  string
	limit *int
}

var cfg *Config
var cfgVal Config
var registry = map[string]*Config{} // ERROR "map\[string\]\*Config{} escapes to heap$"
var list []*Config

func setPtr(c *Config) { // ERROR "leaking param: c$"
	cfg = c
}

func setVal(c *Config) { // ERROR "leaking param content: c$"
	cfgVal = *c
}

func setLimit(n int) { // ERROR "moved to heap: n$"
	cfgVal.limit = &n
}

func register(name string) { // ERROR "leaking param: name$"
	registry[name] = &Config{name: name} // ERROR "&Config{...} escapes to heap$"
}

func push(name string) { // ERROR "leaking param: name$"
	list = append(list, &Config{name: name}) // ERROR "&Config{...} escapes to heap$"
}

func readGlobal() int {
	c := cfg
	return len(c.name)
}

func main() {
	setPtr(&Config{name: "a"}) // ERROR "&Config{...} escapes to heap$"
	setVal(&Config{name: "b"}) // ERROR "&Config{...} does not escape$"
	setLimit(9)
	register("c")
	push("d")
	println(readGlobal(), *cfgVal.limit, len(registry), len(list))
}
