<?php

declare(strict_types=1);

namespace App\Support {

    final class Locales
    {
        public const SUPPORTED = ['en', 'de', 'fr', 'nl'];
        public const FALLBACK = 'en';

        public static function negotiate(?string $header): string
        {
            foreach (explode(',', (string) $header) as $part) {
                $tag = strtolower(substr(trim(explode(';', $part)[0]), 0, 2));
                if (in_array($tag, self::SUPPORTED, true)) {
                    return $tag;
                }
            }

            return self::FALLBACK;
        }
    }

    final class LangLoader
    {
        /** @return array<string, string> */
        public function load(string $locale, string $group): array
        {
            // lang/{locale}/{group}.php in the real app
            $prefix = $locale === 'en' ? '' : "[{$locale}] ";

            return [
                'welcome' => $prefix . 'Welcome back, :name!',
                'unread' => $prefix . 'You have :count unread messages in :folder.',
                'last_login' => $prefix . 'Last sign-in from :ip on :date.',
                'plan' => $prefix . 'Your :plan plan renews on :date.',
            ];
        }
    }

    /**
     * __() replacement used by our Blade views: resolving the loader through
     * the container and running the replacements showed up in profiles, so
     * translated lines are memoized for the lifetime of the worker.
     */
    function t(string $key, array $replace = [], string $locale = Locales::FALLBACK): string
    {
        static $lines = [];
        static $loader = null;

        $cacheKey = "{$locale}.{$key}?" . http_build_query($replace);
        if (isset($lines[$cacheKey])) {
            return $lines[$cacheKey];
        }

        [$group, $item] = explode('.', $key, 2);
        $loader ??= new LangLoader();
        $line = $loader->load($locale, $group)[$item] ?? $key;

        foreach ($replace as $name => $value) {
            $line = str_replace(':' . $name, (string) $value, $line);
        }

        return $lines[$cacheKey] = $line; // leak
    }
}

namespace App\Http\Controllers {

    use function App\Support\t;
    use App\Support\Locales;

    final class DashboardController
    {
        public function __invoke(array $request): array
        {
            $locale = Locales::negotiate($request['headers']['accept-language'] ?? null);
            $user = $request['user'];

            $view = [
                'title' => t('dashboard.welcome', ['name' => $user['name']], $locale),
                'inbox' => t('dashboard.unread', ['count' => $user['unread'], 'folder' => 'Inbox'], $locale),
                'login' => t('dashboard.last_login', ['ip' => $user['ip'], 'date' => $user['last_login']], $locale),
                'plan' => t('dashboard.plan', ['plan' => $user['plan'], 'date' => $user['renews']], $locale),
            ];

            return ['status' => 200, 'body' => implode("\n", $view)];
        }
    }
}

namespace {

    use App\Http\Controllers\DashboardController;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $controller = new DashboardController();
    $languages = ['en-GB,en;q=0.9', 'de-DE,de;q=0.8', 'fr-FR', 'pt-BR,pt;q=0.9'];

    for ($i = 0; $i < $n; $i++) {
        $controller([
            'headers' => ['accept-language' => $languages[$i % 4]],
            'user' => [
                'name' => 'Customer ' . (9000 + $i),
                'unread' => ($i * 13) % 4999,
                'ip' => '10.2.' . ($i % 250) . '.' . ($i * 7 % 250),
                'last_login' => date('Y-m-d H:i', 1700000000 + $i * 3600),
                'plan' => ['Starter', 'Team', 'Business'][$i % 3],
                'renews' => date('Y-m-d', 1710000000 + $i * 86400),
            ],
        ]);
    }
}
