<?php
// A Yii2 PSR-7 bridge dispatcher builds a fresh web Application per request; each Application registers its ErrorHandler with PHP and the previous one is never unregistered.
// https://github.com/charlesportwoodii/yii2-psr7-bridge/pull/15

final class ErrorHandler
{
    public int $memoryReserveSize = 4096;
    public bool $discardExistingOutput = true;
    private ?string $memoryReserve = null;
    private array $errors = [];

    public function register(): void
    {
        set_exception_handler([$this, 'handleException']); // leak
        set_error_handler([$this, 'handleError']); // leak
        if ($this->memoryReserveSize > 0) {
            $this->memoryReserve = str_repeat('x', $this->memoryReserveSize);
        }
    }

    public function unregister(): void
    {
        $this->memoryReserve = null;
        restore_error_handler();
        restore_exception_handler();
    }

    public function handleError(int $code, string $message, string $file = '', int $line = 0): bool
    {
        $this->errors[] = "$message in $file:$line";
        return true;
    }

    public function handleException(Throwable $exception): void
    {
        $this->memoryReserve = null;
        $this->errors[] = $exception->getMessage();
    }
}

final class Application
{
    public static ?Application $app = null;
    private ErrorHandler $errorHandler;
    public array $params;

    public function __construct(array $config)
    {
        self::$app = $this;
        $this->params = $config['params'];
        $this->errorHandler = new ErrorHandler();
        $this->errorHandler->memoryReserveSize = $config['components']['errorHandler']['memoryReserveSize'];
        $this->errorHandler->register();
    }

    public function getErrorHandler(): ErrorHandler
    {
        return $this->errorHandler;
    }

    public function handle(array $request): array
    {
        $body = json_encode(['route' => $request['route'], 'user' => $request['user'], 'locale' => $this->params['locale']]);
        return ['status' => 200, 'headers' => ['Content-Type' => 'application/json'], 'body' => $body];
    }
}

final class Dispatcher
{
    public function __construct(private array $config) {}

    public function handle(array $request): array
    {
        $app = new Application($this->config);

        return $app->handle($request);
    }
}

$config = [
    'id' => 'api',
    'params' => ['locale' => 'en-US', 'adminEmail' => 'admin@example.com'],
    'components' => ['errorHandler' => ['memoryReserveSize' => 4096]],
];
$dispatcher = new Dispatcher($config);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $dispatcher->handle(['route' => 'v1/user/view', 'user' => 1000 + $i]);
}
