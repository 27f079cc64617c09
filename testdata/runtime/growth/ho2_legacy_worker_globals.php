<?php
// A legacy procedural application is wrapped in a worker loop that refills the superglobals for every request and resets per-request globals between requests.

declare(strict_types=1);

/* ---------------------------------------------------------------------
 * includes/config.inc.php
 * ------------------------------------------------------------------- */

$config = [
    'db_dsn' => 'mysql:host=db;dbname=shop',
    'debug' => true,
    'site_name' => 'Corner Shop',
    'items_per_page' => 20,
];

$query_log = [];
$current_user = null;
$page_title = '';

/* ---------------------------------------------------------------------
 * includes/db.inc.php
 * ------------------------------------------------------------------- */

/**
 * Executes a query against the (stubbed) connection and records it when debugging is on.
 *
 * @param array<int|string, scalar> $params
 * @return list<array<string, scalar>>
 */
function db_query(string $sql, array $params = []): array
{
    global $config, $query_log;

    $started = hrtime(true);
    $rows = db_fake_rows($sql, $params);

    if ($config['debug']) {
        $query_log[] = [ // leak
            'sql' => $sql,
            'params' => $params,
            'rows' => count($rows),
            'time_ns' => hrtime(true) - $started,
            'caller' => $_SERVER['SCRIPT_NAME'] . '?' . $_SERVER['QUERY_STRING'],
        ];
    }

    return $rows;
}

/** @return list<array<string, scalar>> */
function db_fake_rows(string $sql, array $params): array
{
    $rows = [];
    for ($i = 0; $i < 3; $i++) {
        $rows[] = ['id' => $i + (int) ($params[0] ?? 0), 'name' => 'row ' . $i];
    }

    return $rows;
}

/* ---------------------------------------------------------------------
 * includes/session.inc.php
 * ------------------------------------------------------------------- */

function load_current_user(): ?array
{
    global $current_user;

    $sid = $_COOKIE['PHPSESSID'] ?? '';
    if ($sid === '') {
        return $current_user = null;
    }
    $rows = db_query('SELECT u.id, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?', [$sid]);

    return $current_user = $rows[0] ?? null;
}

/* ---------------------------------------------------------------------
 * includes/bootstrap.inc.php
 * ------------------------------------------------------------------- */

/**
 * Clears everything a previous request may have left behind.
 */
function reset_request_state(): void
{
    global $current_user, $page_title;

    $_GET = [];
    $_POST = [];
    $_COOKIE = [];
    $_REQUEST = [];
    $current_user = null;
    $page_title = '';
    $query_log = [];
}

/**
 * @param array{uri: string, query: array<string, string>, cookies: array<string, string>} $incoming
 */
function populate_superglobals(array $incoming): void
{
    $_GET = $incoming['query'];
    $_COOKIE = $incoming['cookies'];
    $_REQUEST = $_GET + $_COOKIE;
    $_SERVER['REQUEST_URI'] = $incoming['uri'];
    $_SERVER['QUERY_STRING'] = http_build_query($incoming['query']);
    $_SERVER['SCRIPT_NAME'] = '/category.php';
}

/* ---------------------------------------------------------------------
 * category.php
 * ------------------------------------------------------------------- */

function render_category_page(): string
{
    global $config, $page_title, $current_user;

    $categoryId = (int) ($_GET['id'] ?? 0);
    $page = max(1, (int) ($_GET['page'] ?? 1));
    load_current_user();

    $category = db_query('SELECT id, name FROM categories WHERE id = ?', [$categoryId]);
    $products = db_query(
        'SELECT id, name, price FROM products WHERE category_id = ? AND active = 1 ORDER BY position LIMIT ? OFFSET ?',
        [$categoryId, $config['items_per_page'], ($page - 1) * $config['items_per_page']],
    );
    $page_title = ($category[0]['name'] ?? 'Category') . ' - ' . $config['site_name'];

    $html = '<h1>' . htmlspecialchars($page_title) . '</h1><ul>';
    foreach ($products as $p) {
        $html .= '<li>' . htmlspecialchars((string) $p['name']) . '</li>';
    }

    return $html . '</ul>' . ($current_user ? '<p>Hi ' . htmlspecialchars((string) $current_user['name']) . '</p>' : '');
}

/* ---------------------------------------------------------------------
 * worker.php
 * ------------------------------------------------------------------- */

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$_SERVER['SERVER_NAME'] = 'shop.local';
for ($i = 0; $i < $n; $i++) {
    reset_request_state();
    populate_superglobals([
        'uri' => '/category.php?id=' . ($i % 30) . '&page=' . ($i % 5 + 1),
        'query' => ['id' => (string) ($i % 30), 'page' => (string) ($i % 5 + 1), 'utm_source' => 'newsletter-' . $i],
        'cookies' => ['PHPSESSID' => md5('visitor' . $i)],
    ]);
    $output = render_category_page();
}
