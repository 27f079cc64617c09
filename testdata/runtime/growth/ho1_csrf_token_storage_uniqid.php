<?php
// A CSRF token manager registered as a shared service issues a token for every rendered form and stores it in its token storage for later validation.

interface TokenStorageInterface
{
    public function setToken(string $tokenId, string $token): void;
    public function getToken(string $tokenId): ?string;
    public function removeToken(string $tokenId): ?string;
}

final class NativeArrayTokenStorage implements TokenStorageInterface
{
    /** @var array<string, string> */
    private array $tokens = [];

    public function setToken(string $tokenId, string $token): void
    {
        $this->tokens[$tokenId] = $token; // leak
    }

    public function getToken(string $tokenId): ?string
    {
        return $this->tokens[$tokenId] ?? null;
    }

    public function removeToken(string $tokenId): ?string
    {
        $token = $this->tokens[$tokenId] ?? null;
        unset($this->tokens[$tokenId]);
        return $token;
    }
}

final class CsrfTokenManager
{
    public function __construct(private TokenStorageInterface $storage) {}

    public function issue(string $intention): array
    {
        $tokenId = $this->tokenId($intention);
        $value = bin2hex(random_bytes(32)) . '.' . base64_encode(str_repeat($intention, 48));
        $this->storage->setToken($tokenId, $value);
        return [$tokenId, $value];
    }

    private function tokenId(string $intention): string
    {
        return $intention . '_' . uniqid('', true);
    }

    public function isValid(string $tokenId, string $value): bool
    {
        $stored = $this->storage->getToken($tokenId);
        return $stored !== null && hash_equals($stored, $value);
    }
}

final class FormRenderer
{
    public function __construct(private CsrfTokenManager $csrf) {}

    public function render(string $formName, array $fields): string
    {
        [$tokenId, $token] = $this->csrf->issue($formName);
        $html = "<form name=\"{$formName}\">";
        foreach ($fields as $f) {
            $html .= "<input name=\"{$f}\">";
        }
        return $html . "<input type=\"hidden\" name=\"_token_id\" value=\"{$tokenId}\"><input type=\"hidden\" name=\"_token\" value=\"{$token}\"></form>";
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$forms = new FormRenderer(new CsrfTokenManager(new NativeArrayTokenStorage()));

for ($i = 0; $i < $n; $i++) {
    $page = $forms->render($i % 2 ? 'contact' : 'newsletter', ['email', 'message']);
}
