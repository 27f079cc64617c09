<?php
// A profile-badge renderer shared by all requests memoizes the rendered badge HTML under the requesting user's normalised email address.

enum Plan: string
{
    case Free = 'free';
    case Pro = 'pro';
    case Team = 'team';
}

final class User
{
    public function __construct(
        public readonly int $id,
        public readonly string $email,
        public readonly Plan $plan,
    ) {}
}

final class BadgeRenderer
{
    /** @var array<string, string> */
    private array $memo = [];

    public function render(User $user): string
    {
        $key = $this->cacheKey($user);
        if (!isset($this->memo[$key])) {
            $this->memo[$key] = $this->build($user->plan); // leak
        }
        return $this->memo[$key];
    }

    private function cacheKey(User $user): string
    {
        return strtolower(trim($user->email));
    }

    private function build(Plan $plan): string
    {
        $stars = match ($plan) {
            Plan::Free => 1,
            Plan::Pro => 3,
            Plan::Team => 5,
        };
        return '<div class="badge badge-' . $plan->value . '">'
            . str_repeat('<span class="star filled"></span>', $stars)
            . str_repeat('<span class="spacer">&nbsp;</span>', 24)
            . '</div>';
    }
}

final class ProfileController
{
    public function __construct(private BadgeRenderer $badges) {}

    public function show(array $query): string
    {
        $user = new User(
            (int) $query['id'],
            $query['email'],
            Plan::from($query['plan']),
        );
        return '<header>' . $this->badges->render($user) . '</header>';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ProfileController(new BadgeRenderer());
$plans = ['free', 'pro', 'team'];
for ($i = 0; $i < $n; $i++) {
    $controller->show([
        'id' => (string) (5000 + $i),
        'email' => " User{$i}@Example.com ",
        'plan' => $plans[$i % 3],
    ]);
}
