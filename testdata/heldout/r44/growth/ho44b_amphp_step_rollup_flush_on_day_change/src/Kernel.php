<?php

declare(strict_types=1);

namespace App;

use Amp\Http\Server\DefaultErrorHandler;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Router;
use Amp\Http\Server\SocketHttpServer;
use App\Http\DeviceAuthMiddleware;
use App\Http\JsonResponder;
use App\Http\StepUploadHandler;
use App\Steps\DailyStepRollup;
use App\Steps\RollupWriter;
use App\Steps\StepSampleParser;
use App\Storage\WarehouseClient;
use Psr\Log\LoggerInterface;

use function Amp\Http\Server\Middleware\stackMiddleware;

final class Kernel
{
    private array $services = [];

    public function __construct(private readonly array $config, private readonly LoggerInterface $logger)
    {
    }

    public function rollup(): DailyStepRollup
    {
        return $this->services[DailyStepRollup::class] ??= new DailyStepRollup(
            new RollupWriter(new WarehouseClient($this->config['warehouse_dsn'])),
        );
    }

    public function router(SocketHttpServer $server, DefaultErrorHandler $errorHandler): RequestHandler
    {
        $responder = new JsonResponder();
        $router = new Router($server, $this->logger, $errorHandler);
        $router->addRoute('POST', '/v1/athletes/{athlete}/steps', stackMiddleware(
            new StepUploadHandler(new StepSampleParser(), $this->rollup(), $responder),
            new DeviceAuthMiddleware($this->config['fleet_secret'], $responder),
        ));

        return $router;
    }
}
