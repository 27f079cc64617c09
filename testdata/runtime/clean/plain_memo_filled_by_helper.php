<?php
// Plural rules are parsed from a fixed rules text by a helper the first time a
// request asks for them; the guard tests the property the helper fills.

final class PluralRules
{
    /** @var array<string, list<string>>|null */
    private ?array $rules = null;
    /** @var array<string, list<string>>|null */
    private ?array $types = null;

    public function rulesFor(string $lang): array
    {
        if ($this->rules === null) {
            $this->loadAll();
        }
        return $this->rules[$lang] ?? [];
    }

    public function typesFor(string $lang): array
    {
        if ($this->types === null) {
            $this->loadAll();
        }
        return $this->types[$lang] ?? [];
    }

    private function loadAll(): void
    {
        foreach (['de en nl|one:n=1', 'fr pt|one:n<2', 'pl ru uk|one:n=1;few:n<5'] as $block) {
            $this->loadBlock($block);
        }
    }

    private function loadBlock(string $block): void
    {
        [$langs, $spec] = explode('|', $block);
        $rules = [];
        $types = [];
        foreach (explode(';', $spec) as $rule) {
            [$type, $cond] = explode(':', $rule);
            $rules[] = str_repeat($cond . ' ', 20);
            $types[] = $type;
        }
        foreach (explode(' ', $langs) as $lang) {
            $this->rules[$lang] = $rules;
            $this->types[$lang] = $types;
        }
    }
}

final class Translator
{
    public function __construct(private PluralRules $plurals) {}

    public function handle(array $request): int
    {
        return count($this->plurals->rulesFor($request['lang'])) + count($this->plurals->typesFor($request['lang']));
    }
}

$translator = new Translator(new PluralRules());
$langs = ['de', 'fr', 'pl', 'xx-' . getmypid()];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
while ($n-- > 0) {
    $translator->handle(['lang' => $langs[$n % 4] . ($n % 4 === 3 ? (string) $n : ''), 'body' => str_repeat('x', 500)]);
}
