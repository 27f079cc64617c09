<?php
// A functional test suite boots a fresh Symfony-style kernel for every test case, sends a password-reset request through it, then shuts the kernel down and resets its container.

declare(strict_types=1);

namespace Psr\Container {

    interface ContainerInterface
    {
        public function get(string $id): mixed;

        public function has(string $id): bool;
    }
}

namespace Symfony\Contracts\Service {

    interface ResetInterface
    {
        public function reset(): void;
    }
}

namespace Symfony\Component\DependencyInjection {

    use Psr\Container\ContainerInterface;
    use Symfony\Contracts\Service\ResetInterface;

    /**
     * Base class for the dumped (compiled) containers.
     */
    class Container implements ContainerInterface, ResetInterface
    {
        /** @var array<string, object> */
        protected array $services = [];

        /** @var array<string, string> */
        protected array $methodMap = [];

        /** @var array<string, mixed> */
        protected array $parameters = [];

        public function get(string $id): mixed
        {
            if (isset($this->services[$id])) {
                return $this->services[$id];
            }
            if (isset($this->methodMap[$id])) {
                return $this->{$this->methodMap[$id]}();
            }

            throw new \OutOfBoundsException(sprintf('You have requested a non-existent service "%s".', $id));
        }

        public function has(string $id): bool
        {
            return isset($this->services[$id]) || isset($this->methodMap[$id]);
        }

        public function set(string $id, ?object $service): void
        {
            if ($service === null) {
                unset($this->services[$id]);

                return;
            }
            $this->services[$id] = $service;
        }

        public function initialized(string $id): bool
        {
            return isset($this->services[$id]);
        }

        public function getParameter(string $name): mixed
        {
            return $this->parameters[$name] ?? throw new \InvalidArgumentException(sprintf('Parameter "%s" not found.', $name));
        }

        public function reset(): void
        {
            foreach ($this->services as $service) {
                if ($service instanceof ResetInterface) {
                    $service->reset();
                }
            }
            $this->services = [];
        }
    }
}

namespace App\Http {

    final class Request
    {
        /**
         * @param array<string, string> $headers
         * @param array<string, mixed>  $request
         */
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly array $request,
        ) {
        }
    }

    final class RequestStack
    {
        /** @var list<Request> */
        private array $requests = [];

        public function push(Request $request): void
        {
            $this->requests[] = $request;
        }

        public function pop(): ?Request
        {
            return array_pop($this->requests);
        }

        public function getCurrentRequest(): ?Request
        {
            return end($this->requests) ?: null;
        }
    }
}

namespace App\Mailer {

    use Psr\Container\ContainerInterface;

    final class Transport
    {
        public int $sent = 0;

        public function __construct(public readonly string $dsn)
        {
        }

        public function send(string $to, string $subject, string $body): void
        {
            $this->sent++;
        }
    }

    /**
     * Lazily pulls its transport and request stack from a service locator so unused mail stays cheap.
     */
    final class Mailer
    {
        private ?Transport $transport = null;

        public function __construct(
            private ContainerInterface $locator,
            private string $sender,
        ) {
        }

        public function sendPasswordReset(string $email): string
        {
            $request = $this->locator->get('request_stack')->getCurrentRequest();
            $host = $request?->headers['host'] ?? 'localhost';
            $token = hash('sha256', $email . $request?->path);
            $body = sprintf(
                "<p>Hello,</p><p>Reset your password: <a href=\"https://%s/reset/%s\">link</a></p>%s",
                $host,
                $token,
                str_repeat('<p>If you did not request this email you can ignore it.</p>', 8),
            );

            $this->transport ??= $this->locator->get('mailer.transport');
            $this->transport->send($email, 'Reset your password', $body);

            return $body;
        }
    }
}

namespace ContainerTestSuite {

    use App\Http\RequestStack;
    use App\Mailer\Mailer;
    use App\Mailer\Transport;
    use Symfony\Component\DependencyInjection\Container;

    /**
     * This class has been auto-generated by the Symfony Dependency Injection Component.
     */
    final class App_KernelTestDebugContainer extends Container
    {
        public function __construct()
        {
            $this->parameters = [
                'kernel.environment' => 'test',
                'kernel.debug' => true,
                'mailer.sender' => 'no-reply@example.test',
                'mailer.dsn' => 'null://null',
            ];
            $this->methodMap = [
                'mailer' => 'getMailerService',
                'mailer.transport' => 'getMailer_TransportService',
                'request_stack' => 'getRequestStackService',
            ];
        }

        protected function getMailerService(): Mailer
        {
            return $this->services['mailer'] = new Mailer($this, $this->parameters['mailer.sender']);
        }

        protected function getMailer_TransportService(): Transport
        {
            return $this->services['mailer.transport'] = new Transport($this->parameters['mailer.dsn']);
        }

        protected function getRequestStackService(): RequestStack
        {
            return $this->services['request_stack'] = new RequestStack();
        }
    }
}

namespace App {

    use App\Http\Request;
    use ContainerTestSuite\App_KernelTestDebugContainer;
    use Symfony\Component\DependencyInjection\Container;

    final class Kernel
    {
        private ?Container $container = null;

        private bool $booted = false;

        public function __construct(private string $environment, private bool $debug)
        {
        }

        public function boot(): void
        {
            if ($this->booted) {
                return;
            }
            $this->container = new App_KernelTestDebugContainer();
            $this->booted = true;
        }

        public function handle(Request $request): int
        {
            $this->boot();
            $stack = $this->container->get('request_stack');
            $stack->push($request);
            try {
                if ($request->path === '/reset-password' && $request->method === 'POST') {
                    $this->container->get('mailer')->sendPasswordReset($request->request['email']);

                    return 302;
                }

                return 404;
            } finally {
                $stack->pop();
            }
        }

        public function shutdown(): void
        {
            if (!$this->booted) {
                return;
            }
            $this->booted = false;
            $this->container = null;
        }

        public function getContainer(): Container
        {
            if ($this->container === null) {
                throw new \LogicException('Cannot retrieve the container from a non-booted kernel.');
            }

            return $this->container;
        }

        public function getEnvironment(): string
        {
            return $this->environment;
        }
    }
}

namespace {

    use App\Http\Request;
    use App\Kernel;
    use Symfony\Contracts\Service\ResetInterface;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $passed = 0;

    for ($i = 0; $i < $n; $i++) {
        // setUp(): KernelTestCase::bootKernel()
        $kernel = new Kernel('test', true);
        $kernel->boot();

        $status = $kernel->handle(new Request('POST', '/reset-password', ['host' => 'shop.example.test'], [
            'email' => sprintf('user%d@example.test', $i),
        ]));
        if ($status === 302) {
            $passed++;
        }

        // tearDown(): KernelTestCase::ensureKernelShutdown()
        $container = $kernel->getContainer();
        $kernel->shutdown();
        if ($container instanceof ResetInterface) {
            $container->reset();
        }
        unset($container);
        unset($kernel);
    }
}
