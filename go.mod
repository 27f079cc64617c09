module github.com/phpleak/phpleak

go 1.26.8

require (
	github.com/VKCOM/php-parser v0.8.2
	github.com/bmatcuk/doublestar/v4 v4.10.4
)

require golang.org/x/tools v0.52.0
