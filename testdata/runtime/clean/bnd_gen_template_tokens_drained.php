<?php
// A CMS template lexer stores its token stream on itself and drains it with valid()/next() until the end.

final class TemplateLexer
{
    private ?Generator $tokens = null;

    public function __construct(private string $source) {}

    private function tokenize(): Generator
    {
        foreach (preg_split('/(\{\{.*?\}\})/', $this->source, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY) as $part) {
            yield str_starts_with($part, '{{') ? ['var', trim($part, '{} ')] : ['text', $part];
        }
    }

    public function variables(): array
    {
        $this->tokens = $this->tokenize();
        $vars = [];
        while ($this->tokens->valid()) {
            [$type, $value] = $this->tokens->current();
            if ($type === 'var') {
                $vars[] = $value;
            }
            $this->tokens->next();
        }
        return $vars;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lexer = new TemplateLexer('<p>Hello {{ user.name }}</p>' . str_repeat('<div class="teaser">lorem</div>', 22) . "{{ page_{$i} }}");
    $lexer->variables();
}
unset($lexer);
