<?php
// A form builds its widget from a class name in its config with new $class($this); the widget keeps the form.

final class DatePickerWidget
{
    public function __construct(private Form $form, private string $name) {} // leak

    public function render(): string
    {
        return sprintf('<input type="date" name="%s" lang="%s">', $this->name, $this->form->locale);
    }
}

final class TextWidget
{
    public function __construct(private Form $form, private string $name) {}

    public function render(): string
    {
        return sprintf('<input type="text" name="%s" lang="%s">', $this->name, $this->form->locale);
    }
}

final class Form
{
    private object $widget;
    public string $html = '';

    public function __construct(private array $config, public string $locale) {}

    public function build(string $field): void
    {
        $class = $this->config['widgets'][$field] ?? TextWidget::class;
        $this->widget = new $class($this, $field); // leak
    }

    public function render(): string
    {
        return $this->html = '<form>' . $this->widget->render() . str_repeat('<!-- csrf -->', 50) . '</form>';
    }
}

const FORM_CONFIG = ['widgets' => ['birthday' => DatePickerWidget::class, 'name' => TextWidget::class]];

function handle(int $i): string
{
    $form = new Form(FORM_CONFIG, $i % 2 === 0 ? 'en' : 'fr');
    $form->build('birthday');
    return $form->render();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
