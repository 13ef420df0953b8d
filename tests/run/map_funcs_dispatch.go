package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Env map[string]int

type Command func(env Env, args []string) (string, error)

var commands = map[string]Command{
	"set": func(env Env, args []string) (string, error) {
		if len(args) != 2 {
			return "", fmt.Errorf("set: want 2 args, got %d", len(args))
		}
		v, err := strconv.Atoi(args[1])
		if err != nil {
			return "", fmt.Errorf("set: %w", err)
		}
		env[args[0]] = v
		return "ok", nil
	},
	"get": func(env Env, args []string) (string, error) {
		v, ok := env[args[0]]
		if !ok {
			return "", fmt.Errorf("get: %s undefined", args[0])
		}
		return strconv.Itoa(v), nil
	},
	"add": func(env Env, args []string) (string, error) {
		sum := 0
		for _, a := range args {
			sum += env[a]
		}
		return strconv.Itoa(sum), nil
	},
	"del": func(env Env, args []string) (string, error) {
		delete(env, args[0])
		return fmt.Sprint(len(env), " left"), nil
	},
	"list": func(env Env, args []string) (string, error) {
		keys := make([]string, 0, len(env))
		for k := range env {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return strings.Join(keys, ","), nil
	},
}

func main() {
	env := Env{}
	script := `set x 10
set y 32
set z abc
add x y w
get w
list
del x
get x
frob
set q
dump`
	for _, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		if f[0] == "dump" {
			fmt.Println(env)
			continue
		}
		cmd, ok := commands[f[0]]
		if !ok {
			fmt.Printf("%-12s => unknown command\n", line)
			continue
		}
		out, err := cmd(env, f[1:])
		if err != nil {
			fmt.Printf("%-12s => error: %v\n", line, err)
			continue
		}
		fmt.Printf("%-12s => %s\n", line, out)
	}
}
