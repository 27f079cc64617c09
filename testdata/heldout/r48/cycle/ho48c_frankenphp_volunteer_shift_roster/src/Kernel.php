<?php

namespace App;

use App\Controller\ShiftRosterController;
use App\EventSubscriber\RosterCacheHeaderSubscriber;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\HttpKernel;

final class Kernel
{
    private ?HttpKernel $httpKernel = null;

    /** @var array<string, object> */
    private array $services = [];

    public function __construct(private string $projectDir)
    {
    }

    public function boot(): void
    {
        if ($this->httpKernel !== null) {
            return;
        }
        foreach (require $this->projectDir.'/config/services.php' as $id => $factory) {
            $this->services[$id] = $factory();
        }
        $dispatcher = new EventDispatcher();
        $dispatcher->addSubscriber($this->services[RosterCacheHeaderSubscriber::class]);
        $this->httpKernel = new HttpKernel($dispatcher, [
            '#^/pantries/(?<pantry>\d+)/roster$#' => $this->services[ShiftRosterController::class],
        ]);
    }

    public function handle(Request $request): Response
    {
        $this->boot();

        return $this->httpKernel->handle($request);
    }
}
