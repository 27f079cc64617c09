<?php

declare(strict_types=1);

namespace App\Http\Middleware {
    use App\Support\Breadcrumbs;
    use Closure;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    final class RecordRequestBreadcrumb
    {
        public function __construct(private Breadcrumbs $crumbs)
        {
        }

        public function handle(Request $request, Closure $next): Response
        {
            $this->crumbs[] = [
                'category' => 'http',
                'message' => $request->method . ' ' . $request->uri,
                'data' => [
                    'user_agent' => $request->header('user-agent'),
                    'referer' => $request->header('referer'),
                    'request_id' => $request->header('x-request-id'),
                ],
            ];

            return $next($request);
        }
    }
}

namespace App\Http\Controllers {
    use App\Support\Breadcrumbs;
    use Illuminate\Http\Request;
    use Illuminate\Http\Response;

    final class ProjectBoardController
    {
        public function __construct(private Breadcrumbs $crumbs)
        {
        }

        public function show(Request $request): Response
        {
            $projectId = (int) ($request->query['project'] ?? 0);
            $columns = ['backlog', 'in_progress', 'review', 'done'];
            $cards = [];
            foreach ($columns as $c => $column) {
                $cards[$column] = array_map(
                    fn (int $k) => ['id' => $projectId * 100 + $c * 10 + $k, 'title' => "Card $k in $column"],
                    range(1, 3),
                );
            }

            $this->crumbs->append([
                'category' => 'query',
                'message' => sprintf('select * from cards where project_id = %d and archived = 0 order by position', $projectId),
                'data' => ['bindings' => [$projectId, 0], 'rows' => 12],
            ]);

            return new Response(json_encode(['project' => $projectId, 'columns' => $cards]));
        }
    }
}

namespace App\Listeners {
    use App\Support\Breadcrumbs;
    use Laravel\Octane\Events\RequestTerminated;

    final class ResetBreadcrumbs
    {
        public function __construct(private Breadcrumbs $crumbs)
        {
        }

        public function handle(RequestTerminated $event): void
        {
            $this->crumbs->exchangeArray([]);
        }
    }
}

namespace App\Providers {
    use App\Http\Controllers\ProjectBoardController;
    use App\Listeners\ResetBreadcrumbs;
    use App\Support\Breadcrumbs;
    use Illuminate\Container\Container;
    use Illuminate\Events\Dispatcher;
    use Laravel\Octane\Events\RequestTerminated;

    final class AppServiceProvider
    {
        public function register(Container $app): void
        {
            $app->singleton(Breadcrumbs::class, fn () => new Breadcrumbs());
            $app->singleton(
                \App\Http\Middleware\RecordRequestBreadcrumb::class,
                fn (Container $app) => new \App\Http\Middleware\RecordRequestBreadcrumb($app->make(Breadcrumbs::class)),
            );
            $app->singleton(
                ProjectBoardController::class,
                fn (Container $app) => new ProjectBoardController($app->make(Breadcrumbs::class)),
            );
        }

        public function boot(Container $app, Dispatcher $events): void
        {
            $listener = new ResetBreadcrumbs($app->make(Breadcrumbs::class));
            $events->listen(RequestTerminated::class, [$listener, 'handle']);
        }
    }
}

namespace App\Http {
    use App\Http\Controllers\ProjectBoardController;
    use App\Http\Middleware\RecordRequestBreadcrumb;
    use Illuminate\Container\Container;
    use Illuminate\Foundation\Http\Kernel as HttpKernel;

    final class Kernel extends HttpKernel
    {
        protected array $middleware = [RecordRequestBreadcrumb::class];

        public function __construct(Container $app)
        {
            parent::__construct($app);
            $this->routes = [
                'GET boards' => fn ($request) => $app->make(ProjectBoardController::class)->show($request),
            ];
        }
    }
}
