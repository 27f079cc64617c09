<?php
// A form service compiles each submitted form's validation rules and
// keeps them keyed by the form object's id. What it keeps is built from
// the form's getters (its labels and messages as arrays), not the form:
// the form is freed after the request and PHP hands its id to the next
// one, so the cache keeps one entry.

final class FormDefinition
{
    /** @param array<string, string> $labels */
    public function __construct(public readonly string $formId, private array $labels, private array $messages)
    {
    }

    /** @return array<string, string> */
    public function labels(): array
    {
        return $this->labels;
    }

    /** @return array<string, string> */
    public function messages(): array
    {
        return $this->messages;
    }

    public function resolveMessage(string $rule): string
    {
        return $this->messages[$rule] ?? 'invalid';
    }
}

final class CompiledRules
{
    public function __construct(public readonly array $labels, public readonly mixed $messages)
    {
    }
}

final class RuleCompiler
{
    /** @var array<int, CompiledRules> */
    private array $compiled = [];

    public function compile(FormDefinition $form): CompiledRules
    {
        return $this->compiled[$this->keyOf($form)] = $this->build($form);
    }

    private function keyOf(FormDefinition $form): int
    {
        return spl_object_id($form);
    }

    private function build(FormDefinition $form): CompiledRules
    {
        return new CompiledRules($form->labels(), $form->messages());
    }
}

$compiler = new RuleCompiler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $form = new FormDefinition('form-' . $i, ['email' => 'E-mail ' . $i, 'name' => str_repeat('Name ', 10)], ['required' => 'The field is required (' . $i . ').']);
    $rules = $compiler->compile($form);
    unset($form, $rules);
}
