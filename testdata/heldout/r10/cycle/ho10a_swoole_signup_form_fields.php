<?php

declare(strict_types=1);

namespace Swoole\Http {
    final class Request
    {
        public array $server = [];
        public array $header = [];
        public ?array $post = null;
    }

    final class Response
    {
        public int $statusCode = 200;
        public array $headers = [];
        private string $buffer = '';

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function header(string $name, string $value): void
        {
            $this->headers[$name] = $value;
        }

        public function end(string $content = ''): void
        {
            $this->buffer = $content;
        }
    }

    final class Server
    {
        private array $handlers = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        /** Test double for the event loop: feeds the request callback. */
        public function start(int $requests, callable $makeRequest): void
        {
            for ($i = 0; $i < $requests; $i++) {
                ($this->handlers['request'])($makeRequest($i), new Response());
            }
        }
    }
}

namespace App\Form {
    abstract class Field
    {
        protected array $errors = [];

        public function __construct(
            public readonly string $name,
            protected Form $form, // leak
            protected array $options = [],
        ) {
        }

        public function value(): mixed
        {
            return $this->form->getData()[$this->name] ?? null;
        }

        public function id(): string
        {
            return $this->form->getName() . '_' . $this->name;
        }

        public function errors(): array
        {
            return $this->errors;
        }

        public function validate(): bool
        {
            $this->errors = [];
            if (($this->options['required'] ?? false) && ($this->value() === null || $this->value() === '')) {
                $this->errors[] = sprintf('%s is required.', $this->options['label'] ?? $this->name);
            }
            $this->check();

            return $this->errors === [];
        }

        protected function check(): void
        {
        }

        public function render(): string
        {
            return sprintf(
                '<label for="%1$s">%2$s</label><input id="%1$s" name="%3$s[%4$s]" type="%5$s" value="%6$s">',
                $this->id(),
                htmlspecialchars($this->options['label'] ?? ucfirst($this->name)),
                $this->form->getName(),
                $this->name,
                static::INPUT_TYPE,
                htmlspecialchars((string) $this->value()),
            );
        }
    }

    final class TextField extends Field
    {
        public const INPUT_TYPE = 'text';

        protected function check(): void
        {
            $max = $this->options['max'] ?? 255;
            if (strlen((string) $this->value()) > $max) {
                $this->errors[] = sprintf('Must be at most %d characters.', $max);
            }
        }
    }

    final class EmailField extends Field
    {
        public const INPUT_TYPE = 'email';

        protected function check(): void
        {
            if ($this->value() !== null && !filter_var($this->value(), FILTER_VALIDATE_EMAIL)) {
                $this->errors[] = 'Please enter a valid e-mail address.';
            }
        }
    }

    final class PasswordField extends Field
    {
        public const INPUT_TYPE = 'password';

        protected function check(): void
        {
            if (strlen((string) $this->value()) < ($this->options['min'] ?? 8)) {
                $this->errors[] = 'Password is too short.';
            }
        }
    }

    final class Form
    {
        /** @var array<string, Field> */
        private array $fields = [];
        private array $data = [];

        public function __construct(private readonly string $name)
        {
        }

        public function getName(): string
        {
            return $this->name;
        }

        public function add(string $name, string $type, array $options = []): self
        {
            $this->fields[$name] = new $type($name, $this, $options); // leak

            return $this;
        }

        public function submit(array $data): void
        {
            $this->data = array_intersect_key($data, $this->fields);
        }

        public function getData(): array
        {
            return $this->data;
        }

        public function isValid(): bool
        {
            $valid = true;
            foreach ($this->fields as $field) {
                $valid = $field->validate() && $valid;
            }

            return $valid;
        }

        public function errors(): array
        {
            $errors = [];
            foreach ($this->fields as $name => $field) {
                if ($field->errors() !== []) {
                    $errors[$name] = $field->errors();
                }
            }

            return $errors;
        }

        public function render(): string
        {
            return '<form method="post">' . implode('', array_map(fn (Field $f) => $f->render(), $this->fields)) . '</form>';
        }
    }

    final class SignupFormFactory
    {
        public function create(): Form
        {
            return (new Form('signup'))
                ->add('username', TextField::class, ['label' => 'Username', 'required' => true, 'max' => 32])
                ->add('email', EmailField::class, ['label' => 'E-mail', 'required' => true])
                ->add('password', PasswordField::class, ['label' => 'Password', 'required' => true, 'min' => 10]);
        }
    }
}

namespace App\Http {
    use App\Form\SignupFormFactory;
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    final class SignupHandler
    {
        private int $accepted = 0;

        public function __construct(private SignupFormFactory $forms)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $form = $this->forms->create();

            if ($request->server['request_method'] !== 'POST') {
                $response->header('Content-Type', 'text/html');
                $response->end($form->render());

                return;
            }

            $form->submit($request->post['signup'] ?? []);
            if (!$form->isValid()) {
                $response->status(422);
                $response->header('Content-Type', 'application/json');
                $response->end(json_encode(['errors' => $form->errors()]));

                return;
            }

            $this->accepted++;
            $response->status(201);
            $response->end(json_encode(['user' => $form->getData()['username']]));
        }
    }
}

namespace {
    use App\Form\SignupFormFactory;
    use App\Http\SignupHandler;
    use Swoole\Http\Request;
    use Swoole\Http\Server;

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', new SignupHandler(new SignupFormFactory()));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $server->start($n, static function (int $i): Request {
        $request = new Request();
        $request->server = ['request_method' => $i % 3 === 0 ? 'GET' : 'POST', 'request_uri' => '/signup'];
        $request->header = ['content-type' => 'application/x-www-form-urlencoded'];
        $request->post = ['signup' => [
            'username' => "user{$i}",
            'email' => $i % 4 === 0 ? "broken-{$i}" : "user{$i}@example.test",
            'password' => str_repeat((string) ($i % 10), 6 + $i % 8),
        ]];

        return $request;
    });
}
