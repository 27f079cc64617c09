<?php
// A CMS article form array_merge()s rule closures over $this, built by two helpers, into its own rule list.

final class ArticleForm
{
    /** @var array<string, Closure> */
    private array $rules = [];

    public function __construct(private int $maxTitle, private array $allowedTags, private string $editorHelp) {}

    private function requiredRules(): array
    {
        return [
            'title' => function (?string $v): bool { // leak
                return $v !== null && $v !== '' && strlen($v) <= $this->maxTitle;
            },
        ];
    }

    private function markupRules(): array
    {
        return [
            'body' => fn (?string $v): bool => $v !== null && strip_tags($v, $this->allowedTags) === $v, // leak
        ];
    }

    public function build(): self
    {
        $this->rules = array_merge($this->rules, $this->requiredRules(), $this->markupRules()); // leak
        return $this;
    }

    public function invalid(array $input): array
    {
        return array_keys(array_filter($this->rules, static fn (Closure $rule, string $field): bool => !$rule($input[$field] ?? null), ARRAY_FILTER_USE_BOTH));
    }
}

function handle(int $i): array
{
    $form = (new ArticleForm(120, ['p', 'em', 'strong'], str_repeat('Use <p> for paragraphs. ', 30)))->build();
    return $form->invalid(['title' => "Release notes {$i}", 'body' => '<p>Hello</p>']);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
