<?php
// The same template lexer only peeks at the first token of the stored stream to detect a layout tag, leaving the generator suspended.

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

    public function extendsLayout(): bool
    {
        $this->tokens = $this->tokenize(); // leak
        [$type, $value] = $this->tokens->current();
        return $type === 'var' && str_starts_with($value, 'extends');
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lexer = new TemplateLexer('<p>Hello {{ user.name }}</p>' . str_repeat('<div class="teaser">lorem</div>', 22) . "{{ page_{$i} }}");
    $lexer->extendsLayout();
}
unset($lexer);
