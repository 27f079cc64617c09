<?php
// The same form, but each field holds the form through a WeakReference:
// the form keeps its fields, and nothing keeps the form.

final class Field
{
    private WeakReference $form;

    public function __construct(Form $form, public readonly string $name, public string $value = '')
    {
        $this->form = WeakReference::create($form);
    }

    public function form(): ?Form
    {
        return $this->form->get();
    }
}

final class Form
{
    /** @var list<Field> */
    public array $fields = [];
    public string $html = '';

    public function field(string $name): Field
    {
        return new Field($this, $name);
    }

    public function add(string $name): void
    {
        $this->fields[] = $this->field($name);
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
