<?php
// A form builds its fields through a factory method that hands each new
// field the form; the form keeps the fields, and each field the form.

final class Field
{
    public function __construct(public readonly Form $form, public readonly string $name, public string $value = '') {}
}

final class Form
{
    /** @var list<Field> */
    public array $fields = [];
    public string $html = '';

    public function field(string $name): Field
    {
        return new Field($this, $name); // leak
    }

    public function add(string $name): void
    {
        $this->fields[] = $this->field($name); // leak
    }
}

function handle(int $i): void
{
    $form = new Form();
    $form->html = str_repeat('h', 600);
    $form->add("email-{$i}");
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
