/** The personal tab "PO-overleg": my POs, follow-up, agendaverzoeken, collegeplanning, the archive and (beheerder) Beheer. */
import { Link, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { mayAdminister } from '../../domain/organisation';
import { mayOverseeAll } from '../../domain/rights';
import { useSession, useT } from '../shared/session';
import { Archief } from './Archief';
import { BeheerPage } from './beheer/BeheerPage';
import { Collegeplanning } from './Collegeplanning';
import { Aankondiging } from './college/Aankondiging';
import { Langetermijnplanning } from './college/Langetermijnplanning';
import { mayTrackCollege } from '../../domain/college';
import { MyPos } from './MyPos';
import { Opvolging } from './Opvolging';
import { Raadsregister } from './raadsregister/Raadsregister';
import { PoPage } from './PoPage';
import { hrefOf, useRoute } from './route';
import { Verzoeken } from './Verzoeken';

const useStyles = makeStyles({
  top: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: '1100px', margin: '0 auto', boxSizing: 'border-box' },
  user: { color: tokens.colorNeutralForeground2 },
  links: { display: 'flex', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0, flexWrap: 'wrap' },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    borderRadius: 0,
  },
});

type NavView = 'pos' | 'opvolging' | 'raadsregister' | 'verzoeken' | 'collegeplanning' | 'aankondiging' | 'langetermijnplanning' | 'archief' | 'beheer';

export function TabApp(): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { me, host } = useSession();
  const [route, go] = useRoute(host.context.subPageId);
  // A beheerder with no other role (e.g. on the first run) starts in Beheer.
  const onlyBeheer = mayAdminister(me) && me.roles.length === 1;
  const view = route.view === 'pos' && onlyBeheer && !window.location.hash ? 'beheer' : route.view;
  const selected: NavView = view === 'po' ? 'pos' : view;
  const views: NavView[] = [
    'pos',
    'opvolging',
    'raadsregister',
    'verzoeken',
    ...(mayOverseeAll(me) ? (['collegeplanning'] as const) : []),
    ...(mayTrackCollege(me) ? (['aankondiging'] as const) : []),
    ...(mayOverseeAll(me) ? (['langetermijnplanning'] as const) : []),
    'archief',
    ...(mayAdminister(me) ? (['beheer'] as const) : []),
  ];

  return (
    <>
      <nav className={styles.top} aria-label={t('tab.nav.label')}>
        <ul className={styles.links}>
          {views.map((v) => (
            <li key={v}>
              <a
                className={mergeClasses(styles.link, v === selected && styles.current)}
                href={hrefOf({ view: v })}
                aria-current={v === selected ? 'page' : undefined}
              >
                {t(`tab.nav.${v}`)}
              </a>
            </li>
          ))}
        </ul>
        <Text className={styles.user}>
          {t('signin.signedInAs', { name: me.name })}
          {host.devSignIn && (
            <>
              {' '}
              ·{' '}
              <Link
                as="button"
                onClick={() => {
                  host.devSignIn?.signOut();
                  window.location.reload();
                }}
              >
                {t('signin.switch')}
              </Link>
            </>
          )}
        </Text>
      </nav>
      <main className={styles.main} id="main">
        {view === 'pos' && <MyPos onOpen={(poId) => go({ view: 'po', poId })} />}
        {route.view === 'po' && <PoPage key={route.poId} poId={route.poId} onBack={() => go({ view: 'pos' })} />}
        {route.view === 'opvolging' && <Opvolging />}
        {route.view === 'raadsregister' && <Raadsregister />}
        {route.view === 'verzoeken' && <Verzoeken />}
        {route.view === 'collegeplanning' && <Collegeplanning />}
        {route.view === 'langetermijnplanning' && <Langetermijnplanning />}
        {route.view === 'aankondiging' && <Aankondiging key={route.date ?? ''} date={route.date} />}
        {route.view === 'archief' && <Archief />}
        {view === 'beheer' && (mayAdminister(me) ? <BeheerPage /> : <Text>{t('beheer.forbidden')}</Text>)}
      </main>
    </>
  );
}
