<?php

// Form builder for council and charity forms, served by a Workerman HTTP
// worker. The builder UI posts the form schema with each preview
// submission; the compiler turns the rule strings into rule sets once per
// form and reuses them for the rest of the form's lifetime.

final class WorkermanRequest
{
    public function __construct(private string $rawBody, private array $get = [])
    {
    }

    public function rawBody(): string
    {
        return $this->rawBody;
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->get[$key] ?? $default;
    }
}

final class WorkermanConnection
{
    public int $bytesOut = 0;

    public function send(string $payload): void
    {
        $this->bytesOut += strlen($payload);
    }
}

final class WorkermanWorker
{
    /** @var callable|null */
    public $onMessage = null;

    public function __construct(public string $listen)
    {
    }

    /** Stand-in for Worker::runAll(): feeds requests to onMessage. */
    public function runFor(int $requests, Closure $makeRequest): void
    {
        $connection = new WorkermanConnection();
        for ($i = 0; $i < $requests; $i++) {
            ($this->onMessage)($connection, $makeRequest($i));
        }
    }
}

final class FieldDefinition
{
    public function __construct(
        public readonly string $name,
        public readonly string $type,
        public readonly string $label,
        public readonly string $rules,
    ) {
    }
}

final class FormDefinition
{
    /** @var array<string, FieldDefinition> */
    private array $fields = [];

    public function __construct(
        public readonly string $formId,
        public readonly int $version,
        private array $messages,
    ) {
    }

    public function addField(FieldDefinition $field): void
    {
        $this->fields[$field->name] = $field;
    }

    public function fields(): array
    {
        return $this->fields;
    }

    public function messageResolver(): Closure
    {
        return $this->resolveMessage(...);
    }

    public function resolveMessage(string $field, string $rule, array $args): string
    {
        $template = $this->messages[$rule] ?? 'The :label field is invalid.';
        return strtr($template, [':label' => $this->fields[$field]->label ?? $field, ':arg' => $args[0] ?? '']);
    }
}

final class CompiledRuleSet
{
    /**
     * @param array<string, array<string, list<string>>> $rules
     */
    public function __construct(
        public readonly string $formId,
        public readonly int $version,
        public readonly array $rules,
        public readonly Closure $messageFor,
    ) {
    }
}

final class FormSchemaParser
{
    public function parse(string $json): FormDefinition
    {
        $schema = json_decode($json, true, 16, JSON_THROW_ON_ERROR);
        $form = new FormDefinition($schema['id'], $schema['version'], $schema['messages']);
        foreach ($schema['fields'] as $f) {
            $form->addField(new FieldDefinition($f['name'], $f['type'], $f['label'], $f['rules']));
        }
        return $form;
    }
}

final class RuleCompiler
{
    /** @var array<int, CompiledRuleSet> */
    private array $compiled = [];

    public function compile(FormDefinition $form): CompiledRuleSet
    {
        $key = $this->cacheKey($form);
        $cached = $this->compiled[$key] ?? null;
        if ($cached === null || $cached->formId !== $form->formId || $cached->version !== $form->version) {
            $cached = $this->compiled[$key] = $this->build($form); // leak
        }
        return $cached;
    }

    private function cacheKey(FormDefinition $form): int
    {
        return spl_object_id($form);
    }

    private function build(FormDefinition $form): CompiledRuleSet
    {
        $rules = [];
        foreach ($form->fields() as $name => $field) {
            foreach (explode('|', $field->rules) as $rule) {
                [$ruleName, $args] = array_pad(explode(':', $rule, 2), 2, null);
                $rules[$name][$ruleName] = $args === null ? [] : explode(',', $args);
            }
        }
        return new CompiledRuleSet($form->formId, $form->version, $rules, $form->messageResolver());
    }
}

final class SubmissionValidator
{
    public function __construct(private RuleCompiler $compiler)
    {
    }

    public function validate(FormDefinition $form, array $input): array
    {
        $set = $this->compiler->compile($form);
        $errors = [];
        foreach ($set->rules as $field => $rules) {
            $value = $input[$field] ?? null;
            foreach ($rules as $rule => $args) {
                $failed = match ($rule) {
                    'required' => $value === null || $value === '',
                    'max' => is_string($value) && strlen($value) > (int) $args[0],
                    'email' => is_string($value) && !filter_var($value, FILTER_VALIDATE_EMAIL),
                    'in' => $value !== null && !in_array($value, $args, true),
                    default => false,
                };
                if ($failed) {
                    $errors[$field][] = ($set->messageFor)($field, $rule, $args);
                }
            }
        }
        return $errors;
    }
}

$parser = new FormSchemaParser();
$validator = new SubmissionValidator(new RuleCompiler());

$worker = new WorkermanWorker('http://0.0.0.0:8080');
$worker->onMessage = static function (WorkermanConnection $connection, WorkermanRequest $request) use ($parser, $validator): void {
    $body = json_decode($request->rawBody(), true);
    $form = $parser->parse($body['schema']);
    $errors = $validator->validate($form, $body['input']);
    $connection->send(json_encode(['valid' => $errors === [], 'errors' => $errors]));
};

$forms = ['fund-application', 'volunteer-registration', 'blue-badge-renewal', 'library-membership'];
$worker->runFor((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i) use ($forms): WorkermanRequest {
    $schema = [
        'id' => $forms[$i % 4],
        'version' => 3 + $i % 2,
        'messages' => [
            'required' => 'Please fill in :label.',
            'max' => ':label must be :arg characters or fewer.',
            'email' => 'Enter :label in the format name@example.com.',
            'in' => 'Choose one of the listed options for :label.',
        ],
        'fields' => [
            ['name' => 'full_name', 'type' => 'text', 'label' => 'your full name', 'rules' => 'required|max:120'],
            ['name' => 'email', 'type' => 'email', 'label' => 'your email address', 'rules' => 'required|email|max:254'],
            ['name' => 'postcode', 'type' => 'text', 'label' => 'your postcode', 'rules' => 'required|max:8'],
            ['name' => 'contact_pref', 'type' => 'radio', 'label' => 'how we contact you', 'rules' => 'required|in:email,phone,post'],
            ['name' => 'notes', 'type' => 'textarea', 'label' => 'anything else', 'rules' => 'max:' . (500 + $i % 3 * 250)],
        ],
    ];
    return new WorkermanRequest(json_encode([
        'schema' => json_encode($schema),
        'input' => [
            'full_name' => 'Applicant ' . $i,
            'email' => $i % 7 ? "applicant{$i}@example.org" : 'not-an-email',
            'postcode' => 'LS' . ($i % 30) . ' ' . ($i % 9) . 'AB',
            'contact_pref' => ['email', 'phone', 'post', 'fax'][$i % 4],
        ],
    ]));
});
