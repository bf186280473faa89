// Command diplograph builds a knowledge graph of diplomatic meetings from
// documents and answers questions over it.
package main

func main() {}
