/** The Teams theme onto Fluent UI v9: default -> light, dark -> dark, contrast -> high contrast. */
import { teamsDarkTheme, teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Host, ThemeName } from '../host/host';

export function fluentTheme(name: ThemeName, host: Host['kind']): Theme {
  if (name === 'contrast') return teamsHighContrastTheme;
  if (name === 'dark') return host === 'teams' ? teamsDarkTheme : webDarkTheme;
  return webLightTheme;
}
