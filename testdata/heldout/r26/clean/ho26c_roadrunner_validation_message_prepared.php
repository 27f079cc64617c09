<?php

// RoadRunner PSR-7 worker: signup API validated with a small rule-based
// validator; error messages come from a translator with per-locale catalogues
// loaded once per worker.

final class MessageCatalogue
{
    /** @param array<string, string> $messages */
    public function __construct(public readonly string $locale, private array $messages)
    {
    }

    public function get(string $id): ?string
    {
        return $this->messages[$id] ?? null;
    }
}

final class ArrayLoader
{
    private const CATALOGUES = [
        'en' => [
            'validation.required' => 'The :attribute field is required.',
            'validation.email' => 'The :attribute must be a valid email address, ":input" given. Check for typos such as a missing domain.',
            'validation.min.string' => 'The :attribute must be at least :min characters long, ":input" is too short.',
            'validation.in' => 'The selected :attribute ":input" is invalid.',
            'attributes.email' => 'e-mail address',
            'attributes.display_name' => 'display name',
            'attributes.plan' => 'plan',
        ],
        'nl' => [
            'validation.required' => 'Het veld :attribute is verplicht.',
            'validation.email' => ':attribute moet een geldig e-mailadres zijn, ":input" opgegeven. Controleer op typefouten zoals een ontbrekend domein.',
            'validation.min.string' => ':attribute moet minimaal :min tekens zijn, ":input" opgegeven.',
            'validation.in' => 'Het gekozen :attribute ":input" is ongeldig.',
            'attributes.email' => 'e-mailadres',
            'attributes.display_name' => 'weergavenaam',
            'attributes.plan' => 'abonnement',
        ],
    ];

    public function load(string $locale): MessageCatalogue
    {
        return new MessageCatalogue($locale, self::CATALOGUES[$locale] ?? []);
    }
}

final class Translator
{
    /** @var array<string, MessageCatalogue> */
    private array $catalogues = [];

    public function __construct(private ArrayLoader $loader, private string $fallbackLocale = 'en')
    {
    }

    public function trans(string $id, array $parameters, string $locale): string
    {
        $catalogue = $this->catalogues[$locale] ??= $this->loader->load($locale);
        $line = $catalogue->get($id) ?? $this->trans($id, $parameters, $this->fallbackLocale);

        return formatted_message($locale, $id, $line, $parameters);
    }
}

/**
 * Replacement is hot on error-heavy endpoints; the attribute name is
 * substituted once per worker, the submitted values on every call.
 */
function formatted_message(string $locale, string $id, string $line, array $parameters): string
{
    static $prepared = [];

    $attribute = (string) ($parameters['attribute'] ?? '');
    $fingerprint = "{$locale}:{$id}|attribute={$attribute}";
    $prepared[$fingerprint] ??= strtr($line, [':attribute' => $attribute]);

    $replace = [];
    foreach ($parameters as $name => $value) {
        if ($name !== 'attribute') {
            $replace[':' . $name] = (string) $value;
        }
    }

    return strtr($prepared[$fingerprint], $replace);
}

interface Rule
{
    /** @return array{0: string, 1: array<string, scalar>}|null message id and parameters on failure */
    public function check(mixed $value): ?array;
}

final class Required implements Rule
{
    public function check(mixed $value): ?array
    {
        return $value === null || $value === '' ? ['validation.required', []] : null;
    }
}

final class Email implements Rule
{
    public function check(mixed $value): ?array
    {
        return filter_var($value, FILTER_VALIDATE_EMAIL) === false ? ['validation.email', ['input' => (string) $value]] : null;
    }
}

final class MinLength implements Rule
{
    public function __construct(private int $min)
    {
    }

    public function check(mixed $value): ?array
    {
        return strlen((string) $value) < $this->min ? ['validation.min.string', ['min' => $this->min, 'input' => (string) $value]] : null;
    }
}

final class In implements Rule
{
    public function __construct(private array $allowed)
    {
    }

    public function check(mixed $value): ?array
    {
        return in_array($value, $this->allowed, true) ? null : ['validation.in', ['input' => (string) $value]];
    }
}

final class Validator
{
    /** @param array<string, list<Rule>> $rules */
    public function __construct(private Translator $translator, private array $rules)
    {
    }

    /** @return array<string, list<string>> */
    public function validate(array $data, string $locale): array
    {
        $errors = [];
        foreach ($this->rules as $field => $rules) {
            foreach ($rules as $rule) {
                $failure = $rule->check($data[$field] ?? null);
                if ($failure === null) {
                    continue;
                }
                [$id, $params] = $failure;
                $params = ['attribute' => $this->translator->trans("attributes.{$field}", [], $locale)] + $params;
                $errors[$field][] = $this->translator->trans($id, $params, $locale);
                break;
            }
        }

        return $errors;
    }
}

final class SignupController
{
    public function __construct(private Validator $validator)
    {
    }

    public function __invoke(array $body, string $acceptLanguage): array
    {
        $locale = str_starts_with($acceptLanguage, 'nl') ? 'nl' : 'en';
        $errors = $this->validator->validate($body, $locale);
        if ($errors !== []) {
            return [422, json_encode(['message' => 'The given data was invalid.', 'errors' => $errors])];
        }

        return [201, json_encode(['id' => crc32($body['email'])])];
    }
}

// Worker boot.
$translator = new Translator(new ArrayLoader());
$validator = new Validator($translator, [
    'email' => [new Required(), new Email()],
    'display_name' => [new Required(), new MinLength(8)],
    'plan' => [new Required(), new In(['starter', 'team', 'enterprise'])],
]);
$controller = new SignupController($validator);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // Signup form posts from the marketing site: typos are common.
    $body = [
        'email' => 'jan.de.vries+newsletter' . $i . ($i % 2 ? '@example' : '(at)example.nl'),
        'display_name' => 'jdv' . $i,
        'plan' => $i % 3 === 0 ? 'team' : 'team-' . (5 + $i) . '-seats',
    ];
    [$status, $json] = $controller($body, $i % 4 === 0 ? 'nl-NL,nl;q=0.9' : 'en-GB,en;q=0.8');
    unset($body, $status, $json);
}
