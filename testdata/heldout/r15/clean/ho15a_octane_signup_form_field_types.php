<?php

declare(strict_types=1);

namespace App\Forms;

abstract class AbstractField
{
    protected mixed $value = null;
    /** @var list<string> */
    protected array $errors = [];

    public function __construct(
        protected readonly string $name,
        protected readonly Form $form,
        protected readonly array $options = [],
    ) {
    }

    public function name(): string
    {
        return $this->name;
    }

    public function submit(mixed $raw): void
    {
        $this->value = $this->normalize($raw);
        if (($this->options['required'] ?? false) && ($this->value === null || $this->value === '')) {
            $this->errors[] = sprintf('%s.%s is required', $this->form->name(), $this->name);
        }
    }

    public function errors(): array
    {
        return $this->errors;
    }

    public function value(): mixed
    {
        return $this->value;
    }

    abstract protected function normalize(mixed $raw): mixed;
}

final class TextField extends AbstractField
{
    protected function normalize(mixed $raw): mixed
    {
        $value = trim((string) $raw);
        $max = $this->options['max'] ?? 255;

        return substr($value, 0, $max);
    }
}

final class EmailField extends AbstractField
{
    protected function normalize(mixed $raw): mixed
    {
        $value = strtolower(trim((string) $raw));
        if ($value !== '' && filter_var($value, FILTER_VALIDATE_EMAIL) === false) {
            $this->errors[] = sprintf('%s.%s must be an e-mail address', $this->form->name(), $this->name);
        }

        return $value;
    }
}

final class CheckboxField extends AbstractField
{
    protected function normalize(mixed $raw): mixed
    {
        return in_array($raw, ['1', 'on', 'yes', true], true);
    }
}

trait BuildsFields
{
    /** @var array<string, AbstractField> */
    private array $fields = [];

    /**
     * @param class-string<AbstractField> $type
     */
    public function add(string $name, string $type, array $options = []): static
    {
        $this->fields[$name] = new $type($name, $this, $options);

        return $this;
    }

    public function clear(): void
    {
        $this->fields = [];
    }
}

final class Form
{
    use BuildsFields;

    private bool $submitted = false;

    public function __construct(private readonly string $name)
    {
    }

    public function name(): string
    {
        return $this->name;
    }

    public function submit(array $payload): void
    {
        foreach ($this->fields as $name => $field) {
            $field->submit($payload[$name] ?? null);
        }
        $this->submitted = true;
    }

    public function isValid(): bool
    {
        foreach ($this->fields as $field) {
            if ($field->errors() !== []) {
                return false;
            }
        }

        return $this->submitted;
    }

    public function data(): array
    {
        return array_map(static fn (AbstractField $f): mixed => $f->value(), $this->fields);
    }
}

final class FormFactory
{
    public function signup(): Form
    {
        return (new Form('signup'))
            ->add('display_name', TextField::class, ['required' => true, 'max' => 64])
            ->add('email', EmailField::class, ['required' => true])
            ->add('newsletter', CheckboxField::class);
    }
}

namespace App\Http;

use App\Forms\FormFactory;

final class SignupController
{
    public function __construct(private readonly FormFactory $forms)
    {
    }

    public function store(array $post): array
    {
        $form = $this->forms->signup();
        try {
            $form->submit($post);

            if (!$form->isValid()) {
                return ['status' => 422];
            }

            $data = $form->data();

            return ['status' => 201, 'user' => $data['email']];
        } finally {
            $form->clear();
        }
    }
}

final class Kernel
{
    private int $handled = 0;

    public function __construct(private readonly SignupController $controller)
    {
    }

    public function handle(array $post): array
    {
        $this->handled++;

        return $this->controller->store($post);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(new SignupController(new FormFactory()));

for ($i = 0; $i < $n; $i++) {
    $kernel->handle([
        'display_name' => '  Customer number ' . $i . '  ',
        'email' => 'User' . $i . '@Example.org',
        'newsletter' => $i % 2 ? 'on' : '',
    ]);
}
