<?php

declare(strict_types=1);

namespace App\Validation\Constraint;

#[\Attribute(\Attribute::TARGET_PROPERTY)]
final class NotBlank
{
    public function __construct(public readonly string $message = 'This value should not be blank.')
    {
    }
}

#[\Attribute(\Attribute::TARGET_PROPERTY)]
final class Length
{
    public function __construct(public readonly int $max, public readonly string $message = 'This value is too long.')
    {
    }
}

namespace App\Validation;

use App\Validation\Constraint\Length;
use App\Validation\Constraint\NotBlank;

final class Violation
{
    public function __construct(public readonly string $propertyPath, public readonly string $message)
    {
    }
}

final class PropertyMetadata
{
    /** @param list<object> $constraints */
    public function __construct(public readonly string $name, public readonly array $constraints)
    {
    }
}

final class Validator
{
    /** @var array<class-string, list<PropertyMetadata>> */
    private array $metadata = [];

    /** Results already computed for a DTO; middleware and controller both validate the same object. */
    private \WeakMap $validated;

    public function __construct()
    {
        $this->validated = new \WeakMap();
    }

    /** @return list<Violation> */
    public function validate(object $dto): array
    {
        if (isset($this->validated[$dto])) {
            return $this->validated[$dto];
        }

        $violations = [];
        foreach ($this->metadataFor($dto::class) as $property) {
            $value = $dto->{$property->name};
            foreach ($property->constraints as $constraint) {
                $failed = match (true) {
                    $constraint instanceof NotBlank => $value === null || $value === '',
                    $constraint instanceof Length => is_string($value) && strlen($value) > $constraint->max,
                    default => false,
                };
                if ($failed) {
                    $violations[] = new Violation($property->name, $constraint->message);
                }
            }
        }

        $this->validated[$dto] = $violations;

        return $violations;
    }

    /** @return list<PropertyMetadata> */
    private function metadataFor(string $class): array
    {
        if (!isset($this->metadata[$class])) {
            $properties = [];
            foreach ((new \ReflectionClass($class))->getProperties() as $reflection) {
                $constraints = array_map(
                    static fn (\ReflectionAttribute $attribute): object => $attribute->newInstance(),
                    $reflection->getAttributes(),
                );
                $properties[] = new PropertyMetadata($reflection->getName(), $constraints);
            }
            $this->metadata[$class] = $properties;
        }

        return $this->metadata[$class];
    }
}

namespace App\Shipping;

use App\Validation\Constraint\Length;
use App\Validation\Constraint\NotBlank;
use App\Validation\Validator;

final class CreateShipment
{
    public function __construct(
        #[NotBlank] public readonly string $recipient,
        #[NotBlank, Length(max: 120)] public readonly string $street,
        #[NotBlank, Length(max: 10)] public readonly string $postcode,
        #[NotBlank] public readonly string $country,
        #[Length(max: 500)] public readonly string $instructions,
    ) {
    }

    public static function fromJson(string $body): self
    {
        $data = json_decode($body, true, 8, \JSON_THROW_ON_ERROR);

        return new self($data['recipient'], $data['street'], $data['postcode'], $data['country'], $data['instructions'] ?? '');
    }
}

final class ShipmentController
{
    public function __construct(private readonly Validator $validator)
    {
    }

    /** @return array{0: int, 1: string} */
    public function create(CreateShipment $command): array
    {
        $violations = $this->validator->validate($command);
        if ($violations !== []) {
            return [422, json_encode($violations, \JSON_THROW_ON_ERROR)];
        }

        return [201, json_encode(['tracking' => 'TRK' . crc32($command->street . $command->postcode)], \JSON_THROW_ON_ERROR)];
    }
}

namespace React\Http;

/** Stand-in of ReactPHP's HttpServer driven by the event loop: one long-lived handler for every request. */
final class HttpServer
{
    /** @param \Closure(string): array{0: int, 1: string} $handler */
    public function __construct(private readonly \Closure $handler)
    {
    }

    public function listen(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            ($this->handler)(json_encode([
                'recipient' => "Recipient {$i}",
                'street' => ($i % 11 === 0 ? str_repeat('Long ', 30) : '') . "{$i} Harbour Road",
                'postcode' => sprintf('%05d', $i % 99999),
                'country' => 'NL',
                'instructions' => 'Ring twice, the bell is broken. If nobody answers, the parcel may be left with the neighbours at number '
                    . ($i + 2) . ' or in the green shed behind the house; please do not leave it on the doorstep when it rains, '
                    . 'and send a photo of the delivery spot to the recipient so they can pick it up after work.',
            ]));
        }
    }
}

namespace App;

use App\Shipping\CreateShipment;
use App\Shipping\ShipmentController;
use App\Validation\Validator;
use React\Http\HttpServer;

$validator = new Validator();
$controller = new ShipmentController($validator);

$server = new HttpServer(static function (string $body) use ($validator, $controller): array {
    $command = CreateShipment::fromJson($body);
    // Validation middleware rejects early; the controller asks again and hits the memo.
    if ($validator->validate($command) !== []) {
        return [422, '{"error":"invalid"}'];
    }

    return $controller->create($command);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server->listen($n);
