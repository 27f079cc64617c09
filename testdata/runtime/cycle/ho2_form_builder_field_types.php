<?php
// A signup controller builds a form from a field-type map for each submission, binds the posted data and collects validation errors.

declare(strict_types=1);

namespace App\Form;

interface FieldInterface
{
    public function getName(): string;

    public function submit(mixed $value): void;

    /** @return list<string> */
    public function getErrors(): array;
}

abstract class AbstractField implements FieldInterface
{
    protected mixed $data = null;

    /** @var list<string> */
    protected array $errors = [];

    public function __construct(
        protected Form $form, // leak
        protected string $name,
        protected array $options = [],
    ) {
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getFullName(): string
    {
        return $this->form->getName() . '[' . $this->name . ']';
    }

    public function submit(mixed $value): void
    {
        $this->data = $this->normalize($value);
        if (($this->options['required'] ?? false) && ($this->data === null || $this->data === '')) {
            $this->errors[] = sprintf('%s: %s', $this->getFullName(), $this->options['required_message'] ?? 'This value should not be blank.');
        }
        $this->validate();
    }

    public function getData(): mixed
    {
        return $this->data;
    }

    public function getErrors(): array
    {
        return $this->errors;
    }

    abstract protected function normalize(mixed $value): mixed;

    protected function validate(): void
    {
    }
}

final class TextField extends AbstractField
{
    protected function normalize(mixed $value): mixed
    {
        return is_string($value) ? trim($value) : null;
    }

    protected function validate(): void
    {
        $max = $this->options['max_length'] ?? 255;
        if (is_string($this->data) && strlen($this->data) > $max) {
            $this->errors[] = sprintf('%s is longer than %d characters.', $this->getFullName(), $max);
        }
    }
}

final class EmailField extends AbstractField
{
    protected function normalize(mixed $value): mixed
    {
        return is_string($value) ? strtolower(trim($value)) : null;
    }

    protected function validate(): void
    {
        if (is_string($this->data) && $this->data !== '' && filter_var($this->data, FILTER_VALIDATE_EMAIL) === false) {
            $this->errors[] = sprintf('%s is not a valid email address.', $this->getFullName());
        }
    }
}

final class CheckboxField extends AbstractField
{
    protected function normalize(mixed $value): mixed
    {
        return in_array($value, ['1', 'on', true, 1], true);
    }
}

final class Form
{
    /** @var array<string, FieldInterface> */
    private array $fields = [];

    public function __construct(private string $name)
    {
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function add(string $name, string $type, array $options = []): FieldInterface
    {
        $class = FormBuilder::TYPES[$type];

        return $this->fields[$name] = new $class($this, $name, $options); // leak
    }

    /** @param array<string, mixed> $payload */
    public function submit(array $payload): void
    {
        foreach ($this->fields as $name => $field) {
            $field->submit($payload[$name] ?? null);
        }
    }

    public function isValid(): bool
    {
        return $this->getErrors() === [];
    }

    /** @return list<string> */
    public function getErrors(): array
    {
        $errors = [];
        foreach ($this->fields as $field) {
            array_push($errors, ...$field->getErrors());
        }

        return $errors;
    }
}

final class FormBuilder
{
    public const TYPES = [
        'text' => TextField::class,
        'email' => EmailField::class,
        'checkbox' => CheckboxField::class,
    ];

    /** @var list<array{string, string, array}> */
    private array $children = [];

    public function __construct(private string $name)
    {
    }

    public function add(string $name, string $type = 'text', array $options = []): self
    {
        if (!isset(self::TYPES[$type])) {
            throw new \InvalidArgumentException(sprintf('Unknown field type "%s".', $type));
        }
        $this->children[] = [$name, $type, $options];

        return $this;
    }

    public function getForm(): Form
    {
        $form = new Form($this->name);
        foreach ($this->children as [$name, $type, $options]) {
            $form->add($name, $type, $options);
        }

        return $form;
    }
}

final class SignupController
{
    private int $accepted = 0;

    /** @param array<string, mixed> $post */
    public function register(array $post): array
    {
        $form = (new FormBuilder('signup'))
            ->add('username', 'text', ['required' => true, 'max_length' => 32])
            ->add('email', 'email', ['required' => true])
            ->add('terms', 'checkbox', ['required' => true, 'required_message' => 'You must accept the terms.'])
            ->getForm();
        $form->submit($post);

        if (!$form->isValid()) {
            return ['status' => 422, 'errors' => $form->getErrors()];
        }
        $this->accepted++;

        return ['status' => 201];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new SignupController();
for ($i = 0; $i < $n; $i++) {
    $response = $controller->register([
        'username' => str_repeat('u', 40 + $i % 3),
        'email' => "person{$i}@example",
        'terms' => $i % 2 ? 'on' : '',
    ]);
}
