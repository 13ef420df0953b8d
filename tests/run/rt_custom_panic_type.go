package main

import "fmt"

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code)
}

func validate(age int) {
	if age < 0 {
		panic(ValidationError{"age", 17})
	}
	fmt.Println("age ok:", age)
}

func main() {
	validate(30)
	validate(-1)
}
