<?php
// A form factory held by the service container builds the signup form on every request, picking each field class from a type map and registering it on the form.

interface FormFieldInterface
{
    public function getName(): string;
    public function setForm(Form $form): void;
    public function bind(mixed $value): void;
    public function validate(): ?string;
    public function render(): string;
}

abstract class AbstractField implements FormFieldInterface
{
    protected ?Form $form = null;
    protected mixed $value = null;
    protected array $attributes;

    public function __construct(protected string $name, array $options = [])
    {
        $this->attributes = $options + ['class' => 'form-control', 'id' => 'field_' . $name];
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function setForm(Form $form): void
    {
        $this->form = $form; // leak
    }

    public function bind(mixed $value): void
    {
        $this->value = is_string($value) ? trim($value) : $value;
    }

    public function validate(): ?string
    {
        if (!empty($this->attributes['required']) && ($this->value === null || $this->value === '')) {
            return sprintf('%s is required', $this->attributes['label'] ?? $this->name);
        }
        return null;
    }

    protected function fullName(): string
    {
        return $this->form !== null ? $this->form->getName() . '[' . $this->name . ']' : $this->name;
    }

    protected function renderAttributes(): string
    {
        $out = '';
        foreach ($this->attributes as $key => $val) {
            if (is_bool($val)) {
                $out .= $val ? ' ' . $key : '';
                continue;
            }
            $out .= sprintf(' %s="%s"', $key, htmlspecialchars((string) $val, ENT_QUOTES));
        }
        return $out;
    }
}

final class TextField extends AbstractField
{
    public function render(): string
    {
        return sprintf('<input type="text" name="%s" value="%s"%s>', $this->fullName(), htmlspecialchars((string) $this->value), $this->renderAttributes());
    }
}

final class EmailField extends AbstractField
{
    public function validate(): ?string
    {
        $error = parent::validate();
        if ($error === null && $this->value !== null && filter_var($this->value, FILTER_VALIDATE_EMAIL) === false) {
            return 'Please enter a valid e-mail address';
        }
        return $error;
    }

    public function render(): string
    {
        return sprintf('<input type="email" name="%s" value="%s"%s>', $this->fullName(), htmlspecialchars((string) $this->value), $this->renderAttributes());
    }
}

final class ChoiceField extends AbstractField
{
    public function render(): string
    {
        $choices = $this->attributes['choices'] ?? [];
        $html = sprintf('<select name="%s">', $this->fullName());
        foreach ($choices as $key => $label) {
            $selected = $key === $this->value ? ' selected' : '';
            $html .= sprintf('<option value="%s"%s>%s</option>', $key, $selected, $label);
        }
        return $html . '</select>';
    }
}

final class Form
{
    /** @var array<string, FormFieldInterface> */
    private array $fields = [];
    private array $errors = [];
    private string $csrfToken;

    public function __construct(private string $name, private string $action)
    {
        $this->csrfToken = bin2hex(random_bytes(16));
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function add(FormFieldInterface $field): self
    {
        $field->setForm($this);
        $this->fields[$field->getName()] = $field; // leak
        return $this;
    }

    public function submit(array $data): bool
    {
        $this->errors = [];
        foreach ($this->fields as $name => $field) {
            $field->bind($data[$name] ?? null);
            if (($error = $field->validate()) !== null) {
                $this->errors[$name] = $error;
            }
        }
        return $this->errors === [];
    }

    public function render(): string
    {
        $html = sprintf('<form name="%s" action="%s" method="post">', $this->name, $this->action);
        foreach ($this->fields as $name => $field) {
            $html .= '<div class="form-group">' . $field->render();
            if (isset($this->errors[$name])) {
                $html .= '<span class="error">' . $this->errors[$name] . '</span>';
            }
            $html .= '</div>';
        }
        return $html . '<input type="hidden" name="_token" value="' . $this->csrfToken . '"></form>';
    }
}

final class FormFactory
{
    private const TYPES = [
        'text' => TextField::class,
        'email' => EmailField::class,
        'choice' => ChoiceField::class,
    ];

    public function create(string $name, string $action, array $spec): Form
    {
        $form = new Form($name, $action);
        foreach ($spec as $fieldName => [$type, $options]) {
            $class = self::TYPES[$type] ?? TextField::class;
            $form->add(new $class($fieldName, $options));
        }
        return $form;
    }
}

final class ServiceContainer
{
    private array $factories = [];
    private array $instances = [];

    public function register(string $id, callable $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function get(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}

final class SignupController
{
    private const SPEC = [
        'username' => ['text', ['label' => 'Username', 'required' => true, 'maxlength' => 32]],
        'email' => ['email', ['label' => 'E-mail', 'required' => true]],
        'plan' => ['choice', ['label' => 'Plan', 'choices' => ['free' => 'Free', 'pro' => 'Pro', 'team' => 'Team']]],
    ];

    public function __construct(private FormFactory $forms) {}

    public function handle(array $post): string
    {
        $form = $this->forms->create('signup', '/signup', self::SPEC);
        if ($post !== [] && $form->submit($post)) {
            return 'redirect:/welcome';
        }
        return $form->render();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$container = new ServiceContainer();
$container->register(FormFactory::class, fn () => new FormFactory());
$container->register(SignupController::class, fn (ServiceContainer $c) => new SignupController($c->get(FormFactory::class)));

for ($i = 0; $i < $n; $i++) {
    $post = $i % 3 === 0 ? [] : ['username' => "user{$i}", 'email' => $i % 2 ? "user{$i}@example.org" : 'broken', 'plan' => 'pro'];
    $container->get(SignupController::class)->handle($post);
}
