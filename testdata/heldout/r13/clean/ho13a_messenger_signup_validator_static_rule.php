<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {

    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface TransportInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    final class MessageBus
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private readonly array $handlers)
        {
        }

        public function dispatch(Envelope $envelope): mixed
        {
            $handler = $this->handlers[$envelope->message::class];

            return $handler($envelope->message);
        }
    }

    final class Worker
    {
        private int $handled = 0;

        public function __construct(
            private readonly TransportInterface $transport,
            private readonly MessageBus $bus,
        ) {
        }

        public function run(int $limit): void
        {
            while ($this->handled < $limit) {
                foreach ($this->transport->get() as $envelope) {
                    $this->bus->dispatch($envelope);
                    $this->transport->ack($envelope);
                    $this->handled++;
                }
            }
        }
    }
}

namespace App\Message {

    final class RegisterCustomer
    {
        public function __construct(
            public readonly string $email,
            public readonly string $displayName,
            public readonly string $postcode,
            public readonly string $locale,
            public readonly string $bio,
        ) {
        }
    }
}

namespace App\Validation {

    final class Violation
    {
        public function __construct(public readonly string $field, public readonly string $message)
        {
        }
    }

    /**
     * Built for one message: turns the constraint config into callable rules.
     */
    final class CustomerValidator
    {
        /** @var array<string, \Closure(mixed): ?string> */
        private array $rules = [];

        /** @var list<Violation> */
        private array $violations = [];

        /** @param array<string, array{type: string, min?: int, max?: int, pattern?: string}> $constraints */
        public function __construct(array $constraints, private readonly string $locale)
        {
            foreach ($constraints as $field => $spec) {
                $this->rules[$field] = $this->rule($spec);
            }
        }

        /** @return list<Violation> */
        public function validate(object $subject): array
        {
            $this->violations = [];
            foreach ($this->rules as $field => $rule) {
                $error = $rule($subject->{$field} ?? null);
                if ($error !== null) {
                    $this->violations[] = new Violation($field, $error);
                }
            }

            return $this->violations;
        }

        private function rule(array $spec): \Closure
        {
            $locale = $this->locale;

            return static fn (mixed $value): ?string => self::check($value, $spec, $locale);
        }

        private static function check(mixed $value, array $spec, string $locale): ?string
        {
            $value = (string) $value;

            return match ($spec['type']) {
                'length' => (strlen($value) < ($spec['min'] ?? 0) || strlen($value) > ($spec['max'] ?? PHP_INT_MAX))
                    ? self::message('length', $spec, $locale) : null,
                'pattern' => preg_match($spec['pattern'], $value) === 1 ? null : self::message('pattern', $spec, $locale),
                'email' => filter_var($value, FILTER_VALIDATE_EMAIL) !== false ? null : self::message('email', $spec, $locale),
                default => null,
            };
        }

        private static function message(string $key, array $spec, string $locale): string
        {
            return sprintf('[%s] %s failed (%s)', $locale, $key, json_encode($spec));
        }
    }
}

namespace App\Handler {

    use App\Message\RegisterCustomer;
    use App\Validation\CustomerValidator;

    final class RegisterCustomerHandler
    {
        public int $rejected = 0;

        public function __construct(private readonly array $constraints)
        {
        }

        public function __invoke(RegisterCustomer $message): bool
        {
            $validator = new CustomerValidator($this->constraints, $message->locale);
            $violations = $validator->validate($message);
            if ($violations !== []) {
                $this->rejected++;

                return false;
            }

            return true;
        }
    }
}

namespace App\Transport {

    use App\Message\RegisterCustomer;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\TransportInterface;

    final class GeneratedSignupTransport implements TransportInterface
    {
        private int $seq = 0;

        public function get(): iterable
        {
            $id = ++$this->seq;
            yield new Envelope(new RegisterCustomer(
                email: "customer{$id}@example.test",
                displayName: 'Customer ' . $id,
                postcode: sprintf('%05d', $id % 99999),
                locale: $id % 2 ? 'en_GB' : 'de_DE',
                bio: str_repeat("Customer {$id} enjoys long walks and fast invoices. ", 14),
            ));
        }

        public function ack(Envelope $envelope): void
        {
        }
    }
}

namespace {

    use App\Handler\RegisterCustomerHandler;
    use App\Message\RegisterCustomer;
    use App\Transport\GeneratedSignupTransport;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Worker;

    $handler = new RegisterCustomerHandler([
        'email' => ['type' => 'email'],
        'displayName' => ['type' => 'length', 'min' => 3, 'max' => 64],
        'postcode' => ['type' => 'pattern', 'pattern' => '/^\d{5}$/'],
        'bio' => ['type' => 'length', 'max' => 2000],
    ]);
    $bus = new MessageBus([RegisterCustomer::class => $handler]);
    $worker = new Worker(new GeneratedSignupTransport(), $bus);

    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
