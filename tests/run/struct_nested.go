package main

import "fmt"

type Address struct {
	Street, City string
	Zip          int
}

type Contact struct {
	Email  string
	Phones []string
}

type Person struct {
	Name    string
	Age     int
	Home    Address
	Work    *Address
	Contact Contact
	Friends []*Person
}

func (p *Person) AddFriend(f *Person) {
	p.Friends = append(p.Friends, f)
}

func (p Person) Summary() string {
	work := "none"
	if p.Work != nil {
		work = p.Work.City
	}
	return fmt.Sprintf("%s (%d) lives in %s, works in %s, %d friends, %d phones",
		p.Name, p.Age, p.Home.City, work, len(p.Friends), len(p.Contact.Phones))
}

func main() {
	alice := &Person{
		Name: "Alice",
		Age:  30,
		Home: Address{"1 Main St", "Springfield", 12345},
		Contact: Contact{
			Email:  "alice@example.com",
			Phones: []string{"555-1234"},
		},
	}
	bob := &Person{Name: "Bob", Age: 25, Work: &Address{City: "Shelbyville"}}
	alice.AddFriend(bob)
	bob.AddFriend(alice)
	bob.Contact.Phones = append(bob.Contact.Phones, "555-0000", "555-9999")
	fmt.Println(alice.Summary())
	fmt.Println(bob.Summary())
	fmt.Println(alice.Friends[0].Friends[0].Name)
	fmt.Printf("%+v\n", alice.Home)
	fmt.Printf("%v\n", bob.Contact)
	fmt.Println(*bob.Work)
	home := alice.Home
	home.City = "Elsewhere"
	fmt.Println(alice.Home.City, home.City)
	alice.Home.Zip++
	fmt.Println(alice.Home.Zip)
	people := []Person{*alice, *bob}
	people[0].Name = "Copy"
	fmt.Println(alice.Name, people[0].Name, people[1].Work.City)
	people[1].Work.City = "Shared"
	fmt.Println(bob.Work.City)
	var empty Person
	fmt.Printf("%+v\n", empty)
	fmt.Println(empty.Summary())
}
